package ma.remacto.participation.web;

import ma.remacto.events.Gender;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.Page;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.command.ProposalCommands.SubmitProposalCommand;
import ma.remacto.participation.command.ProposalStatus;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.ProposalFilter;
import ma.remacto.participation.query.ProposalQueries;
import ma.remacto.participation.query.ProposalView;
import ma.remacto.testkit.TestJwt;
import ma.remacto.testkit.WebSliceSecurity;
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
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProposalController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class,
        Moderation.class})
class ProposalControllerTest {

    private static final String PROPOSALS = "/api/processes/temara-2024/proposals";
    private static final String ONLINE = """
            {"id":"trees","channel":"DIGITAL_PLATFORM","title":"تشجير الأحياء","body":"ⵜⴰⵙⵓⵔⵜ: غرس الأشجار","authorGender":"WOMAN"}""";
    private static final String FROM_WORKSHOP = """
            {"id":"lighting","channel":"IN_PERSON","stationId":"launch","title":"Éclairage public","body":"Renouveler",
             "suggestedAxis":"1","neighbourhood":"Hay Nahda","gender":"MAN"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    Directory directory;
    @MockitoBean
    ProposalQueries proposals;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void temaraRunsTheProcess() {
        when(directory.process("temara-2024")).thenReturn(Optional.of(new Directory.Owner("temara-2024", "temara")));
    }

    private ResultActions submit(RequestPostProcessor caller, String body) throws Exception {
        return mvc.perform(post(PROPOSALS).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ProposalView view(boolean hidden) {
        return new ProposalView("trees", "temara-2024", "temara", "DIGITAL_PLATFORM", null, "تشجير", "غرس", null, null,
                "WOMAN", "RECEIVED", null, null, hidden, hidden ? "spam" : null, Instant.EPOCH, Instant.EPOCH, List.of());
    }

    @Test
    void aCitizenSubmitsTheirOwnOnlineUnderTheirPseudonym() throws Exception {
        submit(as("CITIZEN", null), ONLINE)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/proposals/trees"));
        verify(commands).send(eq(new SubmitProposalCommand("temara-2024", "trees", ProposalChannel.DIGITAL_PLATFORM, null,
                "تشجير الأحياء", "ⵜⴰⵙⵓⵔⵜ: غرس الأشجار", null, null, TestJwt.pseudonym(), Gender.WOMAN)),
                eq(new Actor(TestJwt.pseudonym(), Role.CITIZEN)), eq("temara"), eq(null));
    }

    @Test
    void anAdminEntersAWorkshopProposalOnBehalfWithNoAuthor() throws Exception {
        submit(as("COLLECTIVITY_ADMIN", "temara"), FROM_WORKSHOP).andExpect(status().isCreated());
        verify(commands).send(eq(new SubmitProposalCommand("temara-2024", "lighting", ProposalChannel.IN_PERSON, "launch",
                "Éclairage public", "Renouveler", "1", "Hay Nahda", null, Gender.MAN)),
                eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("temara"), eq(null));
    }

    @Test
    void eachSubmitsThroughTheirOwnChannelOnly() throws Exception {
        submit(as("CITIZEN", null), FROM_WORKSHOP).andExpect(status().isForbidden());
        submit(as("COLLECTIVITY_ADMIN", "temara"), ONLINE).andExpect(status().isForbidden());
        submit(as("COLLECTIVITY_ADMIN", "tamazgana"), FROM_WORKSHOP)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anOperatorEntersAWorkshopProposalOfAnyCollectivity() throws Exception {
        submit(as("NETWORK_OPERATOR", null), FROM_WORKSHOP).andExpect(status().isCreated());
        verify(commands).send(any(SubmitProposalCommand.class), eq(new Actor(TestJwt.pseudonym(), Role.NETWORK_OPERATOR)),
                eq("temara"), eq(null));
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsRead() throws Exception {
        submit(as("COLLECTIVITY_ADMIN", "tamazgana"), "{}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        submit(as("COLLECTIVITY_ADMIN", "tamazgana"), "{\"channel\":")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("forbidden"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aProposalToAnUnknownProcessIsNotFound() throws Exception {
        mvc.perform(post("/api/processes/nowhere/proposals").with(as("CITIZEN", null))
                        .contentType(MediaType.APPLICATION_JSON).content(ONLINE))
                .andExpect(status().isNotFound());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aTitleHoldsAtMost300CharactersAndABodyAtMost10000() throws Exception {
        String longTitle = "ت".repeat(301);
        submit(as("CITIZEN", null), ONLINE.replace("تشجير الأحياء", longTitle))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        submit(as("CITIZEN", null), ONLINE.replace("ⵜⴰⵙⵓⵔⵜ: غرس الأشجار", "ⵣ".repeat(10001)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        verify(commands, never()).send(any(), any(), any(), any());
        submit(as("CITIZEN", null), ONLINE.replace("تشجير الأحياء", "ت".repeat(300))).andExpect(status().isCreated());
    }

    @Test
    void aProposalIdTakenAnywhereConflicts() throws Exception {
        when(directory.proposal("trees")).thenReturn(Optional.of(new Directory.Owner("sale-2025", "sale")));
        submit(as("CITIZEN", null), ONLINE)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("already-exists"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aHiddenProposalIsNotFoundForThePublicButShowsToItsModerators() throws Exception {
        when(directory.proposal("trees")).thenReturn(Optional.of(new Directory.Owner("temara-2024", "temara")));
        when(proposals.find("trees", false)).thenReturn(Optional.empty());
        when(proposals.find("trees", true)).thenReturn(Optional.of(view(true)));
        mvc.perform(get("/api/proposals/trees")).andExpect(status().isNotFound());
        mvc.perform(get("/api/proposals/trees").with(as("CITIZEN", null))).andExpect(status().isNotFound());
        mvc.perform(get("/api/proposals/trees").with(as("COLLECTIVITY_ADMIN", "tamazgana"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/proposals/trees").with(as("COLLECTIVITY_ADMIN", "temara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hidden").value(true))
                .andExpect(jsonPath("$.hiddenReason").value("spam"));
    }

    @Test
    void theListFiltersByStatusAndChannelAndLeavesHiddenOnesOutForThePublic() throws Exception {
        ProposalFilter retainedInPerson = ProposalFilter.of(ProposalStatus.RETAINED, ProposalChannel.IN_PERSON, null, null,
                null);
        when(proposals.list(eq("temara-2024"), eq(retainedInPerson), anyBoolean(), eq("p-9"), eq(20)))
                .thenReturn(new Page<>(List.of(view(false)), null));
        mvc.perform(get(PROPOSALS + "?status=RETAINED&channel=IN_PERSON&after=p-9&limit=20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value("trees"))
                .andExpect(jsonPath("$.items[0].authorId").doesNotExist());
        verify(proposals).list("temara-2024", retainedInPerson, false, "p-9", 20);
        mvc.perform(get(PROPOSALS + "?status=PENDING")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/processes/nowhere/proposals")).andExpect(status().isNotFound());
    }

    @Test
    void aSearchIsFoldedBeforeItReachesTheQueries() throws Exception {
        when(proposals.list(any(), any(), anyBoolean(), any(), anyInt())).thenReturn(new Page<>(List.of(), null));
        mvc.perform(get(PROPOSALS).param("q", "  Éclairage  PUBLIC ").param("neighbourhood", "Hay Salâm")
                        .param("axis", " Axe 2 ").param("status", "RECEIVED"))
                .andExpect(status().isOk());
        verify(proposals).list("temara-2024", new ProposalFilter(ProposalStatus.RECEIVED, null, "eclairage public",
                "hay salam", "Axe 2"), false, null, Page.DEFAULT_LIMIT);
    }

    @Test
    void eachSearchParameterHoldsAtMost200Characters() throws Exception {
        for (String parameter : List.of("q", "neighbourhood", "axis")) {
            mvc.perform(get(PROPOSALS).param(parameter, "ح".repeat(201)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("search-too-long"))
                    .andExpect(jsonPath("$.detail").value(parameter + " holds at most 200 characters"));
        }
        verify(proposals, never()).list(any(), any(), anyBoolean(), any(), anyInt());
        when(proposals.list(any(), any(), anyBoolean(), any(), anyInt())).thenReturn(new Page<>(List.of(), null));
        mvc.perform(get(PROPOSALS).param("q", "ح".repeat(200))).andExpect(status().isOk());
    }
}
