package ma.remacto.kit.security;

/**
 * Who performs a command and under which role: the audit metadata of every event.
 *
 * @param subject the caller's pseudonym in the service's context (a keyed hash of the token's subject)
 * @param role    the role that allowed the action
 */
public record Actor(String subject, Role role) {
}
