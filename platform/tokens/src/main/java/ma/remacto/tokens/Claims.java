package ma.remacto.tokens;

/** The platform's claims in an access token, beside the standard {@code sub}, {@code iss}, {@code aud}, {@code exp}. */
public final class Claims {

    /** The caller's roles, a JSON array of role names. */
    public static final String ROLES = "roles";
    /** For a collectivity admin: the one collectivity they act for. */
    public static final String COLLECTIVITY = "collectivity";
    /** For a citizen: the collectivity the issuer has verified them as a resident of. */
    public static final String RESIDENCE = "residence";

    private Claims() {
    }
}
