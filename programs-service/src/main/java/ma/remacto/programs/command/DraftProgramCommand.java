package ma.remacto.programs.command;

public record DraftProgramCommand(
        String programId,
        String collectivityId,
        String title,
        int startYear,
        int endYear) {

    /** The period's own rules (400), which a caller may apply before looking for a conflicting program (409). */
    public void checkPeriod() {
        Lifecycle.checkPeriod(startYear, endYear);
    }
}
