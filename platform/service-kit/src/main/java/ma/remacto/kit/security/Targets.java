package ma.remacto.kit.security;

import java.util.Optional;
import java.util.Set;

/**
 * A service's answer to "which collectivity does this resource belong to?", for the targets of
 * {@link Allow}. Implementations read a table written in the same transaction as the events that
 * create the resources, never a read model that lags. A resource never moves to another
 * collectivity, so an answer found once is kept in memory; an unknown resource is asked again.
 */
public interface Targets {

    /** The kinds of resource this answers for, as named in {@link Allow#target()}. */
    Set<String> kinds();

    /** The collectivity of the resource, or empty when there is no such resource. */
    Optional<String> collectivityOf(String kind, String id);
}
