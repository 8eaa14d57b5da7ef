package ma.remacto.participation.web;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.participation.ConsultationItem;
import ma.remacto.events.participation.VoteChoice;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.NotAllowed;
import ma.remacto.kit.domain.RuleViolation;
import ma.remacto.kit.security.Caller;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.command.VoteCommands.CastVoteCommand;
import ma.remacto.participation.command.VoteCommands.WithdrawVoteCommand;
import ma.remacto.participation.command.VotingWindow;
import ma.remacto.participation.query.ConsultationQueries;
import ma.remacto.participation.query.ConsultationView;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.residence.Residency;
import ma.remacto.testkit.TestJwt;
import ma.remacto.testkit.WebSliceSecurity;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(VoteController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class VoteControllerTest {

    private static final String VOTE = "/api/consultations/draft/items/1/vote";
    private static final String BALLOT = "ballot-of-the-census-identity";
    private static final VotingWindow WINDOW = new VotingWindow(Instant.parse("2025-09-01T08:00:00Z"),
            Instant.parse("2099-09-15T23:00:00Z"));

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    ConsultationQueries consultations;
    @MockitoBean
    Directory directory;
    @MockitoBean
    Residency residency;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void theCallerIsAVerifiedResidentOfTemaraWhichConsults() {
        when(directory.consultation("draft")).thenReturn(Optional.of(new Directory.Owner("temara-2024", "temara")));
        when(consultations.find("draft")).thenReturn(Optional.of(new ConsultationView("draft", "temara-2024", "temara", "t",
                WINDOW.opensAt(), WINDOW.closesAt(), List.of(new ConsultationItem("1", "lighting", "Éclairage public")))));
        doReturn("census:identity-hash").when(residency).identityIn(eq("temara"), argThat(VoteControllerTest::isTheSliceCaller));
        doReturn(BALLOT).when(residency).ballot("draft", "census:identity-hash");
    }

    private ResultActions vote(RequestPostProcessor caller, String path, String body) throws Exception {
        return mvc.perform(put(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static boolean actsAsBallot(MetaData metadata) {
        return BALLOT.equals(metadata.get(EventMetadata.ACTOR)) && "CITIZEN".equals(metadata.get(EventMetadata.ACTOR_ROLE))
                && "temara".equals(metadata.get(EventMetadata.COLLECTIVITY))
                && !metadata.containsValue(TestJwt.SUBJECT) && !metadata.containsValue(TestJwt.pseudonym());
    }

    @Test
    void aVerifiedResidentVotesUnderTheBallotOfTheirIdentityNeverTheirSubjectNorPseudonym() throws Exception {
        vote(as("CITIZEN", null), VOTE, "{\"choice\":\"FOR\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ballotId").value(BALLOT));
        verify(commands).send(argThat((CastVoteCommand c) -> c.ballotId().equals(BALLOT) && c.choice() == VoteChoice.FOR
                        && c.window().equals(WINDOW) && c.voteId().equals("draft:1:" + BALLOT)),
                argThat(VoteControllerTest::actsAsBallot));
    }

    @Test
    void anUnverifiedCitizensVoteIsRefusedAndNothingIsSent() throws Exception {
        doThrow(new NotAllowed("not-a-verified-resident", "not a resident")).when(residency)
                .identityIn(eq("temara"), any(Caller.class));
        vote(as("CITIZEN", null), VOTE, "{\"choice\":\"FOR\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-a-verified-resident"));
        mvc.perform(delete(VOTE).with(as("CITIZEN", null)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not-a-verified-resident"));
        verify(commands, never()).send(any(), any(MetaData.class));
    }

    @Test
    void aFirstVoteRacingTheSameBallotIsRetriedOnceAsAChange() throws Exception {
        doThrow(new AggregateStreamCreationException("created by the other request")).doReturn(null)
                .when(commands).send(any(), any(MetaData.class));
        vote(as("CITIZEN", null), VOTE, "{\"choice\":\"AGAINST\"}").andExpect(status().isOk());
        verify(commands, times(2)).send(any(CastVoteCommand.class), any(MetaData.class));
    }

    @Test
    void aRefusedVoteAnswersWithTheRuleCode() throws Exception {
        doThrow(new RuleViolation("consultation-closed", "the consultation closed")).when(commands)
                .send(any(), any(MetaData.class));
        vote(as("CITIZEN", null), VOTE, "{\"choice\":\"FOR\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("consultation-closed"));
    }

    @Test
    void onlyCitizensVote() throws Exception {
        vote(as("COLLECTIVITY_ADMIN", "temara"), VOTE, "{\"choice\":\"FOR\"}").andExpect(status().isForbidden());
        vote(as("NETWORK_OPERATOR", null), VOTE, "{\"choice\":\"FOR\"}").andExpect(status().isForbidden());
        vote(as("NETWORK_OPERATOR", null), VOTE, "{\"choice\":").andExpect(status().isForbidden());
        mvc.perform(put(VOTE).contentType(MediaType.APPLICATION_JSON).content("{\"choice\":\"FOR\"}"))
                .andExpect(status().isUnauthorized());
        verify(commands, never()).send(any(), any(MetaData.class));
    }

    @Test
    void aVoteIsOnAKnownItemOfAKnownConsultationAndIsForOrAgainst() throws Exception {
        vote(as("CITIZEN", null), "/api/consultations/unknown/items/1/vote", "{\"choice\":\"FOR\"}")
                .andExpect(status().isNotFound());
        vote(as("CITIZEN", null), "/api/consultations/draft/items/9/vote", "{\"choice\":\"FOR\"}")
                .andExpect(status().isNotFound());
        vote(as("CITIZEN", null), VOTE, "{\"choice\":\"MAYBE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-request"));
        vote(as("CITIZEN", null), VOTE, "{}").andExpect(status().isBadRequest());
        verify(commands, never()).send(any(), any(MetaData.class));
    }

    @Test
    void aCitizenWithdrawsTheirOwnVote() throws Exception {
        mvc.perform(delete(VOTE).with(as("CITIZEN", null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("WITHDRAWN"));
        verify(commands).send(argThat((WithdrawVoteCommand c) -> c.ballotId().equals(BALLOT) && c.itemId().equals("1")),
                argThat(VoteControllerTest::actsAsBallot));
    }

    /** The token's caller, raw subject included: residency is decided inside the service, never published. */
    private static boolean isTheSliceCaller(Caller caller) {
        return caller != null && TestJwt.SUBJECT.equals(caller.subject());
    }
}
