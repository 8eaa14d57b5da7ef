package ma.remacto.chain.verifier;

/** Kafka or the expected chain cannot be read: the verifier cannot tell, and exits with status 2. */
final class Unreachable extends RuntimeException {

    Unreachable(String message) {
        super(message);
    }

    Unreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
