package ma.remacto.network.web;

/** The answer to a change: what it addressed and what changed. */
record Change(String id, String change) {
}
