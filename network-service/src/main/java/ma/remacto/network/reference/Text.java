package ma.remacto.network.reference;

/** A text of the reference data in Arabic (as the source gives it) and French. */
public record Text(String ar, String fr) {
}
