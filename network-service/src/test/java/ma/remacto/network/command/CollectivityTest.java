package ma.remacto.network.command;

import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.kit.web.BadRequest;
import ma.remacto.kit.web.RuleViolation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

class CollectivityTest {

    private static final LocalDate TEMARA_ADMITTED = LocalDate.of(2024, 4, 25);
    private static final CollectivityRegisteredEvent TEMARA_APPLIED = new CollectivityRegisteredEvent(
            "temara", CollectivityKind.COMMUNE, "تمارة", "Témara", "rabat-sale-kenitra");

    private FixtureConfiguration<Collectivity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collectivity.class);
    }

    @Test
    void anApplicantIsRegisteredWithItsRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.COMMUNE, " تمارة ", "Témara",
                        "rabat-sale-kenitra"))
                .expectEvents(TEMARA_APPLIED);
    }

    @Test
    void aCommuneMayHaveNoKnownRegion() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("tamazgana", CollectivityKind.COMMUNE, "تمزكانة", "Tamazgana", null))
                .expectEvents(new CollectivityRegisteredEvent("tamazgana", CollectivityKind.COMMUNE, "تمزكانة",
                        "Tamazgana", null));
    }

    @Test
    void aRegionOutsideTheTwelveIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.COMMUNE, "تمارة", "Témara", "atlantis"))
                .expectException(BadRequest.class)
                .expectNoEvents();
    }

    @Test
    void aRegionMemberMustBeOneOfTheTwelveRegionsAndLiesInItself() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("souss-massa", CollectivityKind.REGION, "سوس ماسة", "Souss-Massa", null))
                .expectEvents(new CollectivityRegisteredEvent("souss-massa", CollectivityKind.REGION, "سوس ماسة",
                        "Souss-Massa", "souss-massa"));
        fixture.givenNoPriorActivity()
                .when(new RegisterCollectivityCommand("temara", CollectivityKind.REGION, "تمارة", "Témara", null))
                .expectException(BadRequest.class);
    }

    @Test
    void anApplicantIsAdmittedOnItsIndicators() {
        fixture.given(TEMARA_APPLIED)
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.ADMITTED, TEMARA_ADMITTED,
                        Map.of("transparency", new BigDecimal("8.5"))))
                .expectEvents(new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, TEMARA_ADMITTED,
                        Map.of("transparency", new BigDecimal("8.5"))));
    }

    @Test
    void anApplicationIsDecidedOnlyOnce() {
        fixture.given(TEMARA_APPLIED,
                        new AdmissionDecidedEvent("temara", AdmissionDecision.ADMITTED, TEMARA_ADMITTED, Map.of()))
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.REJECTED, TEMARA_ADMITTED, Map.of()))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdmissionCannotBeDecidedInTheFuture() {
        fixture.given(TEMARA_APPLIED)
                .when(new DecideAdmissionCommand("temara", AdmissionDecision.ADMITTED, LocalDate.now().plusDays(1), Map.of()))
                .expectException(BadRequest.class)
                .expectNoEvents();
    }
}
