package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.programs.query.ProgramView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Read-model answers for the controller slices. */
final class Views {

    private Views() {
    }

    static ProgramView program(String view, List<ProgramView.Axis> axes) {
        return new ProgramView("temara-pao", "temara", "PAO", 2025, 2026, "IN_EXECUTION", view,
                LocalDate.of(2024, 9, 2), new ProgramView.Adoption("الدورة العادية", LocalDate.of(2024, 10, 7), null,
                        null),
                LocalDate.of(2025, 1, 15), null, new BigDecimal("85750000"), new BigDecimal("85750000"),
                new BigDecimal("12.35"), axes, List.of(), List.of(), Instant.parse("2024-06-01T09:00:00Z"));
    }

    static ProgramView.Axis axis(int number, BigDecimal total, ProgramView.Project... projects) {
        return new ProgramView.Axis(number, "البيئة", "Environnement", total, List.of(projects));
    }

    static ProgramView.Project project(int number, String months, String cost, boolean late) {
        return new ProgramView.Project(number, 1, "مشروع", null, new BigDecimal(months), new BigDecimal(cost),
                new Funding(FundingKind.OWN, List.of(), List.of()), List.of(), "IN_PROGRESS", new BigDecimal("40"),
                LocalDate.of(2025, 6, 30), null, null, null, List.of(), LocalDate.of(2026, 9, 22), late, false);
    }
}
