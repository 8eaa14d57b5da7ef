package ma.remacto.programs.command;

import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProgramClosedEvent;
import ma.remacto.events.programs.ProgramDraftedEvent;
import ma.remacto.events.programs.ProgramExecutionStartedEvent;
import ma.remacto.events.programs.ProgramPutToConsultationEvent;
import ma.remacto.kit.domain.InvalidCommand;

import java.time.LocalDate;

import static ma.remacto.kit.domain.Checks.notInFuture;
import static ma.remacto.kit.domain.Checks.require;

/**
 * Where a program stands: draft → in consultation → adopted → in execution → closed. Its dates
 * (consultation, adoption, execution, closing) never go back; execution dates never precede
 * the adoption; progress reports fall within the program's years. A draft may be closed too, so
 * that an abandoned draft frees its period.
 */
final class Lifecycle {

    /** Bounds that catch mistyped years (225 for 2025) before they reach dashboards. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_YEARS_APART = 10;

    private ProgramStatus status = ProgramStatus.DRAFT;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate lastDated;
    private LocalDate adoptedOn;

    static void checkPeriod(int start, int end) {
        if (start < FIRST_YEAR || end > LAST_YEAR) {
            throw new InvalidCommand("year-out-of-range", "a program's years lie between " + FIRST_YEAR + " and "
                    + LAST_YEAR + ", not " + start + "-" + end);
        }
        if (end < start) {
            throw new InvalidCommand("period-reversed", "the period " + start + "-" + end + " ends before it starts");
        }
        if (end - start > MAX_YEARS_APART) {
            throw new InvalidCommand("period-too-long", "the period " + start + "-" + end + " spans more than "
                    + MAX_YEARS_APART + " years");
        }
    }

    ProgramStatus status() {
        return status;
    }

    void requireOpen() {
        require(status != ProgramStatus.CLOSED, "program-closed", "the program is closed");
    }

    void requireDraft() {
        require(status == ProgramStatus.DRAFT, "not-a-draft", "only a draft goes to consultation; the program is "
                + status);
    }

    void requireInConsultation() {
        require(status == ProgramStatus.IN_CONSULTATION, "not-in-consultation",
                "the council adopts a program after its consultation; the program is " + status);
    }

    /** The matrix changes directly only before adoption. */
    void requireEditable() {
        requireOpen();
        require(status == ProgramStatus.DRAFT || status == ProgramStatus.IN_CONSULTATION, "program-adopted",
                "the program is adopted: its matrix changes only through revisions");
    }

    /** Revisions and progress reports: after adoption, before closing. */
    void requireAdopted() {
        requireOpen();
        require(status == ProgramStatus.ADOPTED || status == ProgramStatus.IN_EXECUTION, "not-adopted",
                "the program is not adopted yet; its draft matrix changes directly");
    }

    /** Whether the council has adopted the program (it may be in execution or closed since). */
    boolean adopted() {
        return adoptedOn != null;
    }

    /** Evaluations: any time after adoption, after closing too. */
    void requireEverAdopted() {
        require(adoptedOn != null, "not-adopted", "a program is evaluated after its adoption");
    }

    void dated(LocalDate date) {
        notInFuture(date);
        require(lastDated == null || !date.isBefore(lastDated), "date-before-previous-change",
                date + " is before the program's previous change, dated " + lastDated);
    }

    /**
     * Progress is reported, and projects start, within the program's own years: a date outside
     * them describes nothing the program plans.
     *
     * @param what what must fall within the period, e.g. "progress is reported"
     */
    void withinPeriod(LocalDate date, String what) {
        require(!date.isBefore(periodStart) && !date.isAfter(periodEnd), "outside-program-period",
                what + " within the program's period, " + periodStart + " to " + periodEnd + "; " + date + " is "
                        + (date.isBefore(periodStart) ? "before it starts" : "after it ends"));
    }

    void afterAdoption(LocalDate date) {
        notInFuture(date);
        require(!date.isBefore(adoptedOn), "date-before-adoption", date + " is before the adoption, on " + adoptedOn);
    }

    void on(ProgramDraftedEvent event) {
        periodStart = LocalDate.of(event.startYear(), 1, 1);
        periodEnd = LocalDate.of(event.endYear(), 12, 31);
    }

    void on(ProgramPutToConsultationEvent event) {
        status = ProgramStatus.IN_CONSULTATION;
        lastDated = event.on();
    }

    void on(ProgramAdoptedEvent event) {
        status = ProgramStatus.ADOPTED;
        adoptedOn = event.adoptedOn();
        lastDated = event.adoptedOn();
    }

    void on(ProgramExecutionStartedEvent event) {
        status = ProgramStatus.IN_EXECUTION;
        lastDated = event.on();
    }

    void on(ProgramClosedEvent event) {
        status = ProgramStatus.CLOSED;
        lastDated = event.on();
    }
}
