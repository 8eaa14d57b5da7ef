package ma.remacto.network.command;

import ma.remacto.events.network.ActivityAttendanceRecordedEvent;
import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import ma.remacto.events.network.NetworkActivityTaggedEvent;
import ma.remacto.events.network.SupportAxis;
import ma.remacto.network.command.NetworkActivity.RecordAttendanceCommand;
import ma.remacto.network.command.NetworkActivity.RecordNetworkActivityCommand;
import ma.remacto.network.command.NetworkActivity.TagActivityCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

class NetworkActivityTest {

    private static final NetworkActivityRecordedEvent TRAINING = new NetworkActivityRecordedEvent("training-2025-02-11",
            ActivityKind.TRAINING, "لقاء تواصلي وتكويني حول منهجية الإعداد المشترك", LocalDate.of(2025, 2, 11), null);

    private FixtureConfiguration<NetworkActivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NetworkActivity.class);
    }

    @Test
    void theNetworkRecordsATraining() {
        fixture.givenNoPriorActivity()
                .when(new RecordNetworkActivityCommand("training-2025-02-11", ActivityKind.TRAINING,
                        " لقاء تواصلي وتكويني حول منهجية الإعداد المشترك ", LocalDate.of(2025, 2, 11), " ", null))
                .expectEvents(TRAINING);
    }

    @Test
    void anActivityIsTaggedWithTheSupportProgramsAxisWhenRecorded() {
        fixture.givenNoPriorActivity()
                .when(new RecordNetworkActivityCommand("training-2025-02-11", ActivityKind.TRAINING,
                        "لقاء تواصلي وتكويني حول منهجية الإعداد المشترك", LocalDate.of(2025, 2, 11), null,
                        SupportAxis.CO_CREATION))
                .expectEvents(TRAINING, new NetworkActivityTaggedEvent("training-2025-02-11", SupportAxis.CO_CREATION));
    }

    @Test
    void aLaterTagReplacesTheEarlierAndTheSameTagChangesNothing() {
        fixture.given(TRAINING, new NetworkActivityTaggedEvent("training-2025-02-11", SupportAxis.CAPACITY))
                .when(new TagActivityCommand("training-2025-02-11", SupportAxis.CO_CREATION))
                .expectEvents(new NetworkActivityTaggedEvent("training-2025-02-11", SupportAxis.CO_CREATION));
        fixture.given(TRAINING, new NetworkActivityTaggedEvent("training-2025-02-11", SupportAxis.CAPACITY))
                .when(new TagActivityCommand("training-2025-02-11", SupportAxis.CAPACITY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void attendanceRecordsOnlyNewcomers() {
        fixture.given(TRAINING, new ActivityAttendanceRecordedEvent("training-2025-02-11", List.of("tamazgana")))
                .when(new RecordAttendanceCommand("training-2025-02-11", List.of("tamazgana", "temara", "temara")))
                .expectEvents(new ActivityAttendanceRecordedEvent("training-2025-02-11", List.of("temara")))
                .expectResultMessagePayload(1);
        fixture.given(TRAINING, new ActivityAttendanceRecordedEvent("training-2025-02-11", List.of("tamazgana")))
                .when(new RecordAttendanceCommand("training-2025-02-11", List.of("tamazgana")))
                .expectNoEvents()
                .expectResultMessagePayload(0);
    }
}
