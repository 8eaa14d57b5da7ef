package ma.remacto.gateway.ratelimit;

/** Which bucket a request draws from; the tag names it in metrics. */
enum LimitKind {
    READS("reads"),
    WRITES("writes"),
    ANONYMOUS("anonymous"),
    DEV_TOKENS("dev-tokens");

    final String tag;

    LimitKind(String tag) {
        this.tag = tag;
    }
}
