package ma.remacto.events.participation;

import ma.remacto.events.PublishedEvent;

/**
 * A collectivity opened a co-creation process for an action-program cycle.
 *
 * @param processId      the process's id
 * @param collectivityId the collectivity running it
 * @param title          its title, in any language
 * @param cycle          the program cycle it prepares, e.g. {@code 2025-2026}
 */
@PublishedEvent(context = "participation")
public record CoCreationProcessOpenedEvent(
        String processId,
        String collectivityId,
        String title,
        String cycle) {
}
