package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.events.programs.ProgressReportedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.events.programs.ProjectStatus;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The facts the program's fixture tests start from: Temara's program, two of its projects. */
final class Given {

    static final String PROGRAM = "temara-2025-2026";
    static final Funding OWN = new Funding(FundingKind.OWN, List.of(), List.of());
    static final LocalDate CONSULTED = LocalDate.of(2024, 9, 2);
    static final LocalDate ADOPTED_ON = LocalDate.of(2024, 10, 7);
    static final String SESSION = "الدورة العادية لشهر أكتوبر 2024";

    static final ProgramDraftedEvent DRAFTED = new ProgramDraftedEvent(PROGRAM, "temara", "برنامج عمل الانفتاح", 2025, 2026);
    static final AxisAddedEvent AXIS_1 = new AxisAddedEvent(PROGRAM, 1, "الاستدامة والحفاظ على البيئة", null);
    static final ProjectAddedEvent PROJECT_1 = project(1, 1, "24", "1500000");
    static final ProjectAddedEvent PROJECT_2 = project(2, 1, "24", "28000000");
    static final ProgramPutToConsultationEvent IN_CONSULTATION = new ProgramPutToConsultationEvent(PROGRAM, CONSULTED);
    static final ProgramAdoptedEvent ADOPTED = new ProgramAdoptedEvent(PROGRAM, SESSION, ADOPTED_ON, null,
            new BigDecimal("29500000"));
    static final LocalDate STARTED_ON = LocalDate.of(2025, 1, 15);
    static final ProgramExecutionStartedEvent STARTED = new ProgramExecutionStartedEvent(PROGRAM, STARTED_ON);

    private Given() {
    }

    static ProjectAddedEvent project(int number, int axis, String months, String dirhams) {
        return new ProjectAddedEvent(PROGRAM, number, axis, "مشروع " + number, null, new BigDecimal(months),
                new BigDecimal(dirhams), OWN, List.of(), null, List.of());
    }

    static ProgressReportedEvent progress(int number, String percent) {
        return new ProgressReportedEvent(PROGRAM, number, STARTED_ON, ProjectStatus.IN_PROGRESS, new BigDecimal(percent),
                null, null);
    }

    /** Temara's draft with one axis and its first two projects. */
    static Object[] draftWithTwoProjects() {
        return new Object[] {DRAFTED, AXIS_1, PROJECT_1, PROJECT_2};
    }

    /** The same, adopted by the council. */
    static Object[] adopted() {
        return new Object[] {DRAFTED, AXIS_1, PROJECT_1, PROJECT_2, IN_CONSULTATION, ADOPTED};
    }

    static MetaData because(String reason) {
        return MetaData.with("reason", reason);
    }
}
