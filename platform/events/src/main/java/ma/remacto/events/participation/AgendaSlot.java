package ma.remacto.events.participation;

/**
 * One slot of a station's agenda.
 *
 * @param startsAt local time, {@code HH:mm}
 * @param endsAt   local time, {@code HH:mm}, or {@code null} when open-ended
 * @param title    what happens, in any language
 */
public record AgendaSlot(String startsAt, String endsAt, String title) {
}
