package ma.remacto.chaos;

import java.util.Set;

/** A caller of the {@link Load} that writes through one gateway until the load stops. */
abstract class Caller implements Runnable {

    final Load load;
    final Gateway gateway;
    final Ledger ledger;

    Caller(Load load, Gateway gateway) {
        this.load = load;
        this.gateway = gateway;
        this.ledger = load.ledger();
    }

    @Override
    public void run() {
        while (load.running()) {
            try {
                once();
            } catch (RuntimeException e) {
                System.out.println("  caller error: " + e);
            }
            load.pause();
        }
    }

    /** One write, or one series of tries of a write. */
    abstract void once();

    Load.Outcome send(WriteKind kind, String method, String path, String token, Object body, Gateway.Reply[] reply) {
        return load.send(kind, gateway, method, path, token, body, reply);
    }

    /**
     * Sends a creation with the id the caller chose until it is acknowledged, or refused as existing
     * (an earlier try went through unanswered), or the load stops; answers whether it exists.
     */
    boolean created(WriteKind kind, String path, String token, Object body, Set<String> acknowledged,
                    Set<String> unacknowledged, String id) {
        boolean triedBefore = false;
        while (true) {
            Gateway.Reply[] reply = new Gateway.Reply[1];
            switch (send(kind, "POST", path, token, body, reply)) {
                case ACKNOWLEDGED -> {
                    acknowledged.add(id);
                    return true;
                }
                case REFUSED -> {
                    if (triedBefore && reply[0].status() == 409) {
                        unacknowledged.add(id);
                        return true;
                    }
                    return false;
                }
                case UNKNOWN -> {
                    triedBefore = true;
                    unacknowledged.add(id);
                    if (!load.running()) {
                        return false;
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
            }
        }
    }
}
