package ma.remacto.participation.command;

import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.kit.domain.InvalidCommand;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A station's agenda: time slots in {@code HH:mm}, each ending after it starts, in order (a slot
 * starts no earlier than the previous one starts and, when that one has an end, ends).
 */
final class Agenda {

    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private Agenda() {
    }

    static List<AgendaSlot> checked(List<AgendaSlot> slots) {
        if (slots == null) {
            return List.of();
        }
        List<AgendaSlot> checked = new ArrayList<>();
        LocalTime previousStart = null;
        LocalTime previousEnd = null;
        for (int i = 0; i < slots.size(); i++) {
            AgendaSlot slot = slots.get(i);
            LocalTime start = time(slot.startsAt(), i);
            if (start == null) {
                throw new InvalidCommand("invalid-agenda", "agenda slot " + (i + 1) + " needs a start time");
            }
            LocalTime end = time(slot.endsAt(), i);
            if (end != null && !end.isAfter(start)) {
                throw new InvalidCommand("invalid-agenda", "agenda slot " + (i + 1) + " ends (" + slot.endsAt()
                        + ") before it starts (" + slot.startsAt() + ")");
            }
            if (previousStart != null && (start.isBefore(previousStart) || previousEnd != null && start.isBefore(previousEnd))) {
                throw new InvalidCommand("invalid-agenda", "agenda slot " + (i + 1) + " starts at " + slot.startsAt()
                        + ", before the previous slot is over: slots go in order");
            }
            String title = Text.required(slot.title(), "invalid-agenda", "the title of agenda slot " + (i + 1));
            checked.add(new AgendaSlot(slot.startsAt(), end == null ? null : slot.endsAt(), title));
            previousStart = start;
            previousEnd = end;
        }
        return List.copyOf(checked);
    }

    private static LocalTime time(String value, int index) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!TIME.matcher(value).matches()) {
            throw new InvalidCommand("invalid-agenda", "agenda slot " + (index + 1) + ": '" + value + "' is not a time HH:mm");
        }
        return LocalTime.parse(value);
    }
}
