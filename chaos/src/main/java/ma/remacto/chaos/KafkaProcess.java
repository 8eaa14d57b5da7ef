package ma.remacto.chaos;

import ma.remacto.infra.EmbeddedKafkaBroker;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The Kafka broker of a fault-injection run, in a JVM of its own so that it can be killed and
 * started again on the same log: {@code KafkaProcess <log directory> <port>}. Prints {@code READY}
 * once the broker listens.
 */
public final class KafkaProcess {

    static final String READY = "READY";

    private KafkaProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(Path.of(args[0]), Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-shutdown"));
        System.out.println(READY + " " + broker.bootstrapServers());
        stopped.await();
    }
}
