package ma.remacto.participation.web;

import ma.remacto.events.participation.AgendaSlot;
import ma.remacto.events.participation.ParticipantCategory;
import ma.remacto.events.participation.StationKind;
import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.Actor;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.command.KnownProgram;
import ma.remacto.participation.command.ProgramStatus;
import ma.remacto.participation.command.StationCommands.CancelStationCommand;
import ma.remacto.participation.command.StationCommands.EditStationCommand;
import ma.remacto.participation.command.StationCommands.LinkStationToProgramCommand;
import ma.remacto.participation.command.StationCommands.PlanStationCommand;
import ma.remacto.participation.command.StationCommands.RecordAttendanceCommand;
import ma.remacto.participation.query.Directory;
import ma.remacto.participation.query.Programs;
import ma.remacto.participation.query.StationQueries;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(StationController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class})
class StationControllerTest {

    private static final String STATIONS = "/api/processes/tamazgana-2025/stations";
    private static final String WORKSHOP = """
            {"id":"workshop-03-18","kind":"CO_CREATION_WORKSHOP","title":"ورشة الإعداد المشترك","startsOn":"2025-03-18",
             "place":"مقر الجماعة","agenda":[{"startsAt":"10:30","endsAt":"10:45","title":"الاستقبال"},
             {"startsAt":"11:15","title":"ورشات تجميع الأفكار"}],"reason":"agenda from the invitation"}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    Directory directory;
    @MockitoBean
    StationQueries stations;
    @MockitoBean
    Programs programs;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void tamazganaRunsTheProcess() {
        when(directory.process("tamazgana-2025")).thenReturn(Optional.of(new Directory.Owner("tamazgana-2025", "tamazgana")));
    }

    private ResultActions postAs(RequestPostProcessor caller, String path, String body) throws Exception {
        return mvc.perform(post(path).with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void theAdminOfTheProcessCollectivityPlansAStationWithItsAgenda() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), STATIONS, WORKSHOP)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", STATIONS + "/workshop-03-18"));
        verify(commands).send(eq(new PlanStationCommand("tamazgana-2025", "workshop-03-18", StationKind.CO_CREATION_WORKSHOP,
                "ورشة الإعداد المشترك", LocalDate.of(2025, 3, 18), null, "مقر الجماعة",
                List.of(new AgendaSlot("10:30", "10:45", "الاستقبال"), new AgendaSlot("11:15", null, "ورشات تجميع الأفكار")))),
                eq(new Actor(TestJwt.pseudonym(), Role.COLLECTIVITY_ADMIN)), eq("tamazgana"), eq("agenda from the invitation"));
    }

    @Test
    void anAdminOfAnotherCollectivityOrACitizenMayNotTouchItsStations() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "temara"), STATIONS, WORKSHOP)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("forbidden"));
        postAs(as("CITIZEN", null), STATIONS + "/workshop-03-18/attendance", "{\"women\":1,\"men\":1}")
                .andExpect(status().isForbidden());
        postAs(as("COLLECTIVITY_ADMIN", "temara"), STATIONS + "/workshop-03-18/held", "{}")
                .andExpect(status().isForbidden());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityIsRefusedBeforeTheBodyIsRead() throws Exception {
        for (String path : List.of(STATIONS, STATIONS + "/s/held", STATIONS + "/s/cancellation", STATIONS + "/s/attendance")) {
            postAs(as("COLLECTIVITY_ADMIN", "temara"), path, "{}")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
            postAs(as("COLLECTIVITY_ADMIN", "temara"), path, "{\"women\":")
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("forbidden"));
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void theStationsOfAnUnknownProcessAreNotFound() throws Exception {
        postAs(as("NETWORK_OPERATOR", null), "/api/processes/nowhere/stations", WORKSHOP)
                .andExpect(status().isNotFound());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void agendaTimesAreHoursAndMinutes() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), STATIONS, WORKSHOP.replace("\"10:30\"", "\"10h30\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors[0].field").value("agenda[0].startsAt"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void attendanceTakesWomenAndMenAndCountsUnspecifiedAsZeroWhenLeftOut() throws Exception {
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), STATIONS + "/workshop-03-18/attendance",
                "{\"women\":29,\"men\":44,\"byCategory\":{\"STUDENTS_AND_RESEARCHERS\":8},\"proposalsCollected\":100}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("ATTENDANCE_RECORDED"));
        verify(commands).send(eq(new RecordAttendanceCommand("tamazgana-2025", "workshop-03-18", 29, 44, 0,
                Map.of(ParticipantCategory.STUDENTS_AND_RESEARCHERS, 8), 100)), any(), eq("tamazgana"), eq(null));
    }

    @Test
    void attendanceCountsAreKnownAndNotNegative() throws Exception {
        String path = STATIONS + "/workshop-03-18/attendance";
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{\"women\":-1,\"men\":44}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("women"));
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{\"men\":44}")
                .andExpect(status().isBadRequest());
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{\"women\":1,\"men\":1,\"byCategory\":{\"PRIESTS\":1}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-request"));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aCancellationNeedsAReasonThatGoesWithTheEvent() throws Exception {
        String path = STATIONS + "/workshop-03-18/cancellation";
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("reason")));
        verify(commands, never()).send(any(), any(), any(), any());
        postAs(as("COLLECTIVITY_ADMIN", "tamazgana"), path, "{\"reason\":\"قاعة غير متاحة\"}")
                .andExpect(status().isOk());
        verify(commands).send(eq(new CancelStationCommand("tamazgana-2025", "workshop-03-18", "قاعة غير متاحة")), any(),
                eq("tamazgana"), eq("قاعة غير متاحة"));
    }

    @Test
    void theAdminEditsAPlannedStationWithPut() throws Exception {
        String edited = """
                {"kind":"CO_CREATION_WORKSHOP","title":"ورشة مؤجلة","startsOn":"2025-03-25","reason":"postponed a week"}""";
        mvc.perform(put(STATIONS + "/workshop-03-18").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.change").value("EDITED"));
        verify(commands).send(eq(new EditStationCommand("tamazgana-2025", "workshop-03-18",
                        StationKind.CO_CREATION_WORKSHOP, "ورشة مؤجلة", LocalDate.of(2025, 3, 25), null, null, List.of())),
                any(), eq("tamazgana"), eq("postponed a week"));
        mvc.perform(put(STATIONS + "/workshop-03-18").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isForbidden());
        mvc.perform(put(STATIONS + "/workshop-03-18").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\",\"startsOn\":\"2025-03-25\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aStationIsLinkedToAProgramAsTheReplicaKnowsIt() throws Exception {
        KnownProgram program = new KnownProgram("tamazgana-pao", "tamazgana", ProgramStatus.IN_EXECUTION);
        when(programs.find("tamazgana-pao")).thenReturn(Optional.of(program));
        mvc.perform(put(STATIONS + "/follow-up/program").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programId\":\"tamazgana-pao\",\"reason\":\"first follow-up\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.programId").value("tamazgana-pao"));
        verify(commands).send(eq(new LinkStationToProgramCommand("tamazgana-2025", "follow-up", "tamazgana-pao", program)),
                any(), eq("tamazgana"), eq("first follow-up"));
        mvc.perform(put(STATIONS + "/follow-up/program").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"programId\":\"unknown-pao\"}"))
                .andExpect(status().isOk());
        verify(commands).send(eq(new LinkStationToProgramCommand("tamazgana-2025", "follow-up", "unknown-pao", null)),
                any(), eq("tamazgana"), eq(null));
        mvc.perform(put(STATIONS + "/follow-up/program").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"programId\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("programId")));
        mvc.perform(put(STATIONS + "/follow-up/program").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"programId\":\"tamazgana-pao\"}"))
                .andExpect(status().isForbidden());
    }
}
