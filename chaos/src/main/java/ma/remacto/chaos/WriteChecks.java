package ma.remacto.chaos;

/**
 * The checks of one kind of acknowledged write, once the platform is quiet: they compare the
 * {@link Ledger} with the {@link Evidence} (event stores and topics), reporting's database and the
 * API, and record what they found in the {@link Findings}.
 */
abstract class WriteChecks {

    /** What every kind of check reads, and where it records its findings. */
    record Inputs(Ledger ledger, Evidence evidence, Postgres postgres, Gateway gateway, Findings findings) {
    }

    final Ledger ledger;
    final Evidence evidence;
    final Postgres postgres;
    final Gateway gateway;
    final Findings findings;

    WriteChecks(Inputs inputs) {
        this.ledger = inputs.ledger();
        this.evidence = inputs.evidence();
        this.postgres = inputs.postgres();
        this.gateway = inputs.gateway();
        this.findings = inputs.findings();
    }

    abstract void run() throws Exception;
}
