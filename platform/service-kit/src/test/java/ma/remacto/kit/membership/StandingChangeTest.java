package ma.remacto.kit.membership;

import ma.remacto.events.network.ActivityKind;
import ma.remacto.events.network.AdmissionDecidedEvent;
import ma.remacto.events.network.AdmissionDecision;
import ma.remacto.events.network.CharterSignedEvent;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.events.network.CollectivityReappliedEvent;
import ma.remacto.events.network.CommitteeMemberRemovedEvent;
import ma.remacto.events.network.CollectivityRegisteredEvent;
import ma.remacto.events.network.MembershipReinstatedEvent;
import ma.remacto.events.network.MembershipSuspendedEvent;
import ma.remacto.events.network.MembershipWithdrawnEvent;
import ma.remacto.events.network.NetworkActivityRecordedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StandingChangeTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 1);

    @Test
    void anApplicantIsNotYetAMember() {
        assertThat(StandingChange.of(new CollectivityRegisteredEvent("sale", CollectivityKind.COMMUNE, "سلا", "Salé",
                null, "rabat-sale-kenitra", null))).contains(new StandingChange("sale", false));
        assertThat(StandingChange.of(new CollectivityReappliedEvent("sale", ON))).contains(new StandingChange("sale", false));
    }

    @Test
    void onlyAnAdmissionMakesAMember() {
        assertThat(StandingChange.of(new AdmissionDecidedEvent("sale", AdmissionDecision.ADMITTED, ON, Map.of())))
                .contains(new StandingChange("sale", true));
        assertThat(StandingChange.of(new AdmissionDecidedEvent("sale", AdmissionDecision.REJECTED, ON, Map.of())))
                .contains(new StandingChange("sale", false));
        assertThat(StandingChange.of(new CharterSignedEvent("sale", ON, "رئيس المجلس")))
                .contains(new StandingChange("sale", true));
    }

    @Test
    void aSuspendedOrWithdrawnMemberIsNotInGoodStandingUntilReinstated() {
        assertThat(StandingChange.of(new MembershipSuspendedEvent("sale", ON))).contains(new StandingChange("sale", false));
        assertThat(StandingChange.of(new MembershipWithdrawnEvent("sale", ON))).contains(new StandingChange("sale", false));
        assertThat(StandingChange.of(new MembershipReinstatedEvent("sale", ON))).contains(new StandingChange("sale", true));
    }

    @Test
    void committeeAndActivityEventsDoNotTouchStanding() {
        assertThat(StandingChange.of(new CommitteeMemberRemovedEvent("sale", "member-1", ON))).isEmpty();
        assertThat(StandingChange.of(new NetworkActivityRecordedEvent("forum-2025", ActivityKind.WORKSHOP,
                "Forum", ON, "Rabat"))).isEmpty();
    }
}
