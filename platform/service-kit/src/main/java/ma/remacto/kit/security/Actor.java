package ma.remacto.kit.security;

/**
 * Who performs a command and under which role: the audit metadata of every event.
 *
 * @param subject the token's pseudonymous subject
 * @param role    the role that allowed the action
 */
public record Actor(String subject, Role role) {
}
