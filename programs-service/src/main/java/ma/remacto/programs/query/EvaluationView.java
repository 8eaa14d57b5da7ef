package ma.remacto.programs.query;

import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A committee evaluation of a program for a period, with its per-project findings. */
public record EvaluationView(String id, LocalDate periodFrom, LocalDate periodTo, List<Finding> findings,
                             Instant recordedAt) {
}
