package ma.remacto.programs.query;

import ma.remacto.events.programs.EvaluationRecordedEvent.DesignFinding;
import ma.remacto.events.programs.EvaluationRecordedEvent.Finding;
import ma.remacto.events.programs.OpennessPrinciple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation of a program for a period in the shape of OGP's Independent Reporting Mechanism:
 * its per-project findings and design findings, whether civil society carried it out
 * ({@code null} when not said) and the principles of openness it looked at.
 */
public record EvaluationView(String id, LocalDate periodFrom, LocalDate periodTo, List<Finding> findings,
                             List<DesignFinding> design, Boolean byCivilSociety, List<OpennessPrinciple> principles,
                             Instant recordedAt) {
}
