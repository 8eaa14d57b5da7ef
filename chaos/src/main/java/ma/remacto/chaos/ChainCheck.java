package ma.remacto.chaos;

import ma.remacto.chain.verifier.ChainVerifier;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The hash chains of the topics, recomputed from Kafka by the chain verifier and compared with reporting's links. */
final class ChainCheck {

    private ChainCheck() {
    }

    static void check(String bootstrap, String reportingUrl, Findings findings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ChainVerifier.run(new String[] {"--bootstrap", bootstrap, "--reporting", reportingUrl, "--heads"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8).trim();
        String last = output.isEmpty() ? err.toString(StandardCharsets.UTF_8).trim() : output.lines().reduce((a, b) -> b).orElse("");
        findings.check("the hash chains verify (chain verifier exit 0)", exit == ChainVerifier.OK, "exit " + exit + ": " + last
                + (exit == ChainVerifier.OK ? "" : "\n" + output + "\n" + err.toString(StandardCharsets.UTF_8)));
    }
}
