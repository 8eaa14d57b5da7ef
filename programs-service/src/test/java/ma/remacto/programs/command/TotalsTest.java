package ma.remacto.programs.command;

import ma.remacto.events.programs.AxisAddedEvent;
import ma.remacto.events.programs.ProgramAdoptedEvent;
import ma.remacto.events.programs.ProjectAddedEvent;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import ma.remacto.programs.command.ProgramCommands.AdoptProgramCommand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static ma.remacto.programs.command.Given.ADOPTED_ON;
import static ma.remacto.programs.command.Given.DRAFTED;
import static ma.remacto.programs.command.Given.IN_CONSULTATION;
import static ma.remacto.programs.command.Given.PROGRAM;
import static ma.remacto.programs.command.Given.SESSION;
import static org.assertj.core.api.Assertions.assertThat;

/** Temara's matrix: 54.20 + 15.20 + 16.05 + 0.30 = 85.75 MDH, exact to the dirham, never floating point. */
class TotalsTest {

    private static final String[][] TEMARA = {
            {"1", "1", "24", "1.50"}, {"1", "2", "24", "28.00"}, {"1", "3", "23", "24.00"}, {"1", "4", "3", "0.70"},
            {"2", "5", "22", "0.40"}, {"2", "6", "24", "14.80"},
            {"3", "7", "22.5", "7.00"}, {"3", "8", "23.5", "0.05"}, {"3", "9", "22.5", "9.00"},
            {"4", "10", "22.5", "0.30"}};

    private static List<MatrixRow> temaraRows() {
        List<MatrixRow> rows = new ArrayList<>();
        for (String[] row : TEMARA) {
            rows.add(new MatrixRow(rows.size() + 2, Integer.parseInt(row[0]), "محور " + row[0], Integer.parseInt(row[1]),
                    "مشروع " + row[1], new BigDecimal(row[2]), new BigDecimal(row[3]).multiply(BigDecimal.valueOf(1_000_000))));
        }
        return rows;
    }

    @Test
    void temarasMatrixTotals85750000DirhamsExactlyWhenAdopted() {
        FixtureConfiguration<Program> fixture = new AggregateTestFixture<>(Program.class);
        fixture.registerInjectableResource((RetainedProposals) (proposal, collectivity) -> false);
        List<Object> imported = new ArrayList<>();
        fixture.given(DRAFTED)
                .when(new ImportMatrixCommand(PROGRAM, temaraRows()))
                .expectResultMessagePayload(new MatrixImported(4, 10, 0))
                .expectState(program -> assertThat(program.status()).isEqualTo(ProgramStatus.DRAFT))
                .expectEventsMatching(new CustomTypeSafeMatcher<List<EventMessage<?>>>("the import's 14 events") {
                    @Override
                    protected boolean matchesSafely(List<EventMessage<?>> events) {
                        events.forEach(event -> imported.add(event.getPayload()));
                        return events.size() == 14;
                    }
                });
        assertThat(imported.stream().filter(AxisAddedEvent.class::isInstance)).hasSize(4);
        assertThat(sumOfAxis(imported, 1)).isEqualTo(new BigDecimal("54200000"));
        assertThat(sumOfAxis(imported, 2)).isEqualTo(new BigDecimal("15200000"));
        assertThat(sumOfAxis(imported, 3)).isEqualTo(new BigDecimal("16050000"));
        assertThat(sumOfAxis(imported, 4)).isEqualTo(new BigDecimal("300000"));

        fixture.given(DRAFTED).andGiven(imported).andGiven(IN_CONSULTATION)
                .when(new AdoptProgramCommand(PROGRAM, SESSION, ADOPTED_ON, null))
                .expectEvents(new ProgramAdoptedEvent(PROGRAM, SESSION, ADOPTED_ON, null, new BigDecimal("85750000")));
    }

    /** The sum of one axis's costs, as the events carry them (each already exact, scale 0 for whole dirhams). */
    private static BigDecimal sumOfAxis(List<Object> events, int axis) {
        return events.stream().filter(ProjectAddedEvent.class::isInstance)
                .map(ProjectAddedEvent.class::cast)
                .filter(p -> p.axis() == axis)
                .map(ProjectAddedEvent::costMad)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
