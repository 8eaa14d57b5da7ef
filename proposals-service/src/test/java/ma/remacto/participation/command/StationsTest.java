package ma.remacto.participation.command;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.events.participation.AttendanceRecordedEvent;
import ma.remacto.events.participation.CoCreationProcessOpenedEvent;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.ProposalsFigureReportedEvent;
import ma.remacto.events.participation.StationCancelledEvent;
import ma.remacto.events.participation.StationDocumentAttachedEvent;
import ma.remacto.events.participation.StationEditedEvent;
import ma.remacto.events.participation.StationHeldEvent;
import ma.remacto.events.participation.StationKind;
import ma.remacto.events.participation.StationLinkedToProgramEvent;
import ma.remacto.events.participation.StationPlannedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.domain.NotFound;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.participation.command.StationCommands.AttachStationDocumentCommand;
import ma.remacto.participation.command.StationCommands.CancelStationCommand;
import ma.remacto.participation.command.StationCommands.EditStationCommand;
import ma.remacto.participation.command.StationCommands.HoldStationCommand;
import ma.remacto.participation.command.StationCommands.LinkStationToProgramCommand;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;
import ma.remacto.participation.command.StationCommands.ReportProposalsFigureCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;

class StationsTest {

    private static final String PROCESS = "tamazgana-2025";
    private static final LocalDate MARCH_18 = LocalDate.of(2025, 3, 18);
    private static final CoCreationProcessOpenedEvent OPENED =
            new CoCreationProcessOpenedEvent(PROCESS, "tamazgana", "برنامج عمل الانفتاح", "2025");
    private static final List<AgendaSlot> AGENDA = List.of(
            new AgendaSlot("10:30", "10:45", "الاستقبال"),
            new AgendaSlot("10:45", "11:15", "كلمات افتتاحية وتقديم المنهجية"),
            new AgendaSlot("11:15", "13:30", "ورشات تجميع الأفكار"));
    private static final StationPlannedEvent WORKSHOP = new StationPlannedEvent(PROCESS, "workshop",
            StationKind.CO_CREATION_WORKSHOP, "ورشة الإعداد المشترك", MARCH_18, MARCH_18, "مقر الجماعة", AGENDA);
    private static final StationHeldEvent HELD = new StationHeldEvent(PROCESS, "workshop");

    private FixtureConfiguration<CoCreationProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoCreationProcess.class);
    }

    private static PlanStationCommand plan(LocalDate startsOn, LocalDate endsOn, List<AgendaSlot> agenda) {
        return new PlanStationCommand(PROCESS, "workshop", StationKind.CO_CREATION_WORKSHOP, " ورشة الإعداد المشترك ",
                startsOn, endsOn, "مقر الجماعة", agenda);
    }

    private static RecordAttendanceCommand attendance(int women, int men) {
        return new RecordAttendanceCommand(PROCESS, "workshop", women, men, 0,
                Map.of(ParticipantCategory.CIVIL_SOCIETY_ASSOCIATIONS, 12), null);
    }

    @Test
    void aStationIsPlannedWithItsAgenda() {
        fixture.given(OPENED)
                .when(plan(MARCH_18, MARCH_18, AGENDA))
                .expectEvents(WORKSHOP);
    }

    @Test
    void aStationWhoseLastDayIsNotGivenEndsOnAnUnknownDay() {
        fixture.given(OPENED)
                .when(new PlanStationCommand(PROCESS, "call", StationKind.DIGITAL_CALL_FOR_IDEAS, "إعلان تلقي الأفكار",
                        LocalDate.of(2024, 4, 30), null, null, null))
                .expectEvents(new StationPlannedEvent(PROCESS, "call", StationKind.DIGITAL_CALL_FOR_IDEAS,
                        "إعلان تلقي الأفكار", LocalDate.of(2024, 4, 30), null, null, List.of()));
    }

    @Test
    void aPlannedStationIsEditedAsAWholeUntilItIsHeldOrCancelled() {
        EditStationCommand edit = new EditStationCommand(PROCESS, "workshop", StationKind.CO_CREATION_WORKSHOP,
                " ورشة مؤجلة ", MARCH_18.plusDays(7), null, " قاعة الاجتماعات ", List.of());
        fixture.given(OPENED, WORKSHOP)
                .when(edit)
                .expectEvents(new StationEditedEvent(PROCESS, "workshop", StationKind.CO_CREATION_WORKSHOP, "ورشة مؤجلة",
                        MARCH_18.plusDays(7), null, "قاعة الاجتماعات", List.of()));
        fixture.given(OPENED, WORKSHOP, new StationHeldEvent(PROCESS, "workshop"))
                .when(edit)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("only a planned station can be edited"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, new StationCancelledEvent(PROCESS, "workshop"))
                .when(edit)
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP)
                .when(new EditStationCommand(PROCESS, "workshop", StationKind.CO_CREATION_WORKSHOP, "x", MARCH_18,
                        MARCH_18.minusDays(1), null, List.of()))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED)
                .when(edit)
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void attendanceIsRecordedOnlyOnAHeldStation() {
        fixture.given(OPENED, WORKSHOP)
                .when(attendance(29, 44))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("once a station is held"))
                .expectNoEvents();
    }

    @Test
    void aStationEndsNoEarlierThanItStarts() {
        fixture.given(OPENED)
                .when(plan(LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 20), List.of()))
                .expectSuccessfulHandlerExecution();
        fixture.given(OPENED)
                .when(plan(MARCH_18, MARCH_18.minusDays(1), List.of()))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("cannot end on"))
                .expectNoEvents();
    }

    @Test
    void agendaTimesAreValidTimesOfDay() {
        for (String time : List.of("24:00", "9:30", "10h30", "10:60")) {
            fixture.given(OPENED)
                    .when(plan(MARCH_18, null, List.of(new AgendaSlot(time, null, "x"))))
                    .expectException(InvalidCommand.class)
                    .expectExceptionMessage(containsString("is not a time HH:mm"))
                    .expectNoEvents();
        }
    }

    @Test
    void anAgendaSlotEndsAfterItStarts() {
        fixture.given(OPENED)
                .when(plan(MARCH_18, null, List.of(new AgendaSlot("11:15", "10:45", "x"))))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("before it starts"))
                .expectNoEvents();
    }

    @Test
    void agendaSlotsAreInOrder() {
        fixture.given(OPENED)
                .when(plan(MARCH_18, null, List.of(new AgendaSlot("10:45", "11:15", "a"), new AgendaSlot("10:30", "10:45", "b"))))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("slots go in order"))
                .expectNoEvents();
        fixture.given(OPENED)
                .when(plan(MARCH_18, null, List.of(new AgendaSlot("10:30", "11:00", "a"), new AgendaSlot("10:45", null, "b"))))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED)
                .when(plan(MARCH_18, null, List.of(new AgendaSlot("10:30", null, "open-ended"), new AgendaSlot("14:00", null, "b"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStationIdIsUsedOnceInAProcess() {
        fixture.given(OPENED, WORKSHOP)
                .when(plan(MARCH_18, null, List.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aPlannedStationIsHeldOrCancelledOnce() {
        fixture.given(OPENED, WORKSHOP)
                .when(new HoldStationCommand(PROCESS, "workshop"))
                .expectEvents(new StationHeldEvent(PROCESS, "workshop"));
        fixture.given(OPENED, WORKSHOP)
                .when(new CancelStationCommand(PROCESS, "workshop", "postponed sine die"))
                .expectEvents(new StationCancelledEvent(PROCESS, "workshop"));
        fixture.given(OPENED, WORKSHOP, new StationHeldEvent(PROCESS, "workshop"))
                .when(new CancelStationCommand(PROCESS, "workshop", "too late"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("only a planned station"))
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, new StationCancelledEvent(PROCESS, "workshop"))
                .when(new HoldStationCommand(PROCESS, "workshop"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCancellationNeedsAReason() {
        fixture.given(OPENED, WORKSHOP)
                .when(new CancelStationCommand(PROCESS, "workshop", " "))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownStationIsNotFound() {
        fixture.given(OPENED)
                .when(new HoldStationCommand(PROCESS, "nowhere"))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void attendanceIsCountedByGenderAndCategory() {
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new RecordAttendanceCommand(PROCESS, "workshop", 29, 44, 0,
                        Map.of(ParticipantCategory.STUDENTS_AND_RESEARCHERS, 8), 100))
                .expectEvents(new AttendanceRecordedEvent(PROCESS, "workshop", 29, 44, 0,
                        Map.of(ParticipantCategory.STUDENTS_AND_RESEARCHERS, 8), 100));
    }

    @Test
    void aLaterAttendanceRecordIsAccepted() {
        fixture.given(OPENED, WORKSHOP, HELD, new AttendanceRecordedEvent(PROCESS,
                        "workshop", 20, 40, 0, Map.of(), null))
                .when(attendance(29, 44))
                .expectEvents(new AttendanceRecordedEvent(PROCESS, "workshop", 29, 44, 0,
                        Map.of(ParticipantCategory.CIVIL_SOCIETY_ASSOCIATIONS, 12), null));
    }

    @Test
    void aCancelledStationTakesNoAttendance() {
        fixture.given(OPENED, WORKSHOP, new StationCancelledEvent(PROCESS, "workshop"))
                .when(attendance(29, 44))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("was cancelled"))
                .expectNoEvents();
    }

    @Test
    void attendanceCountsAreNotNegative() {
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(attendance(-1, 44))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new RecordAttendanceCommand(PROCESS, "workshop", 1, 1, 0,
                        Map.of(ParticipantCategory.STAFF, -3), null))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new RecordAttendanceCommand(PROCESS, "workshop", 1, 1, 0, Map.of(), -5))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void heldStationsReportAFigureOfProposalsPossiblyApproximate() {
        StationPlannedEvent neighbourhoods = new StationPlannedEvent(PROCESS, "neighbourhoods",
                StationKind.NEIGHBOURHOOD_WORKSHOPS, "ورشات الأحياء", MARCH_18, MARCH_18.plusDays(7), null, List.of());
        fixture.given(OPENED, WORKSHOP, HELD, neighbourhoods, new StationHeldEvent(PROCESS, "neighbourhoods"))
                .when(new ReportProposalsFigureCommand(PROCESS, List.of("workshop", "neighbourhoods"), 100, true))
                .expectEvents(new ProposalsFigureReportedEvent(PROCESS, List.of("neighbourhoods", "workshop"), 100, true));
        fixture.given(OPENED, WORKSHOP, HELD, neighbourhoods)
                .when(new ReportProposalsFigureCommand(PROCESS, List.of("workshop", "neighbourhoods"), 100, true))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("once a station is held"))
                .expectNoEvents();
    }

    @Test
    void aFigureOfProposalsNamesEachStationOnceAndIsNotNegative() {
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new ReportProposalsFigureCommand(PROCESS, List.of("workshop", "workshop"), 10, false))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new ReportProposalsFigureCommand(PROCESS, List.of(), 10, false))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new ReportProposalsFigureCommand(PROCESS, List.of("workshop"), -1, false))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new ReportProposalsFigureCommand(PROCESS, List.of("nowhere"), 1, false))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    private static final StationPlannedEvent ADOPTION = new StationPlannedEvent(PROCESS, "adoption",
            StationKind.COUNCIL_ADOPTION, "دورة المصادقة", MARCH_18, MARCH_18, null, List.of());
    private static final StationPlannedEvent MONITORING = new StationPlannedEvent(PROCESS, "monitoring",
            StationKind.MONITORING_MEETING, "لقاء التتبع مع المجتمع المدني", MARCH_18, MARCH_18, null, List.of());
    private static final DocumentRef MINUTES = new DocumentRef("doc-1", DocumentKind.MINUTES, "محضر الورشة",
            "minutes.pdf", "application/pdf", 1234, "a".repeat(64));

    private static LinkStationToProgramCommand link(String stationId, String collectivity, ProgramStatus status) {
        return new LinkStationToProgramCommand(PROCESS, stationId, "pao-2025",
                collectivity == null ? null : new KnownProgram("pao-2025", collectivity, status));
    }

    @Test
    void anyStationOfTheProcessCarriesDocumentsAndAnUnknownOneIsNotFound() {
        fixture.given(OPENED, WORKSHOP, HELD)
                .when(new AttachStationDocumentCommand(PROCESS, "workshop", MINUTES))
                .expectEvents(new StationDocumentAttachedEvent(PROCESS, "workshop", MINUTES));
        fixture.given(OPENED, WORKSHOP)
                .when(new AttachStationDocumentCommand(PROCESS, "elsewhere", MINUTES))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void onlyACouncilAdoptionOrAMonitoringMeetingIsLinkedToAProgram() {
        fixture.given(OPENED, ADOPTION)
                .when(link("adoption", "tamazgana", ProgramStatus.DRAFT))
                .expectEvents(new StationLinkedToProgramEvent(PROCESS, "adoption", "pao-2025"));
        fixture.given(OPENED, WORKSHOP)
                .when(link("workshop", "tamazgana", ProgramStatus.IN_EXECUTION))
                .expectException(InvalidCommand.class)
                .expectExceptionMessage(containsString("COUNCIL_ADOPTION"))
                .expectNoEvents();
    }

    @Test
    void aStationIsLinkedOnlyToAKnownProgramOfItsOwnCollectivity() {
        fixture.given(OPENED, ADOPTION)
                .when(link("adoption", null, null))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(OPENED, ADOPTION)
                .when(link("adoption", "temara", ProgramStatus.ADOPTED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("collectivity"))
                .expectNoEvents();
    }

    @Test
    void aMonitoringMeetingFollowsAProgramInExecution() {
        fixture.given(OPENED, MONITORING)
                .when(link("monitoring", "tamazgana", ProgramStatus.ADOPTED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(containsString("execution"))
                .expectNoEvents();
        fixture.given(OPENED, MONITORING)
                .when(link("monitoring", "tamazgana", ProgramStatus.IN_EXECUTION))
                .expectEvents(new StationLinkedToProgramEvent(PROCESS, "monitoring", "pao-2025"));
    }
}
