package ma.remacto.programs.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import ma.remacto.programs.command.MatrixImported;
import ma.remacto.programs.command.MatrixRefused;
import ma.remacto.programs.command.RowError;
import ma.remacto.programs.query.ProgramDirectory;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Optional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static ma.remacto.testkit.TestJwt.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MatrixImportController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class,
        ProgramTargets.class})
class MatrixImportControllerTest {

    private static final MediaType XLSX = MediaType.parseMediaType(MatrixImportController.XLSX);

    @Autowired
    MockMvc mvc;
    @MockitoBean
    Commands commands;
    @MockitoBean
    JwtDecoder jwtDecoder;
    @MockitoBean
    ProgramDirectory directory;

    @BeforeEach
    void temaraHasAProgram() {
        when(directory.collectivityOf("temara-pao")).thenReturn(Optional.of("temara"));
    }

    @Test
    void theSeedCsvIsSentAsOneImportWithItsTenRows() throws Exception {
        when(commands.send(any(), any(), any(), any())).thenReturn(new MatrixImported(4, 10, 0));
        byte[] csv = ("\uFEFF" + MatrixRowsTest.seed()).getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("text/csv").content(csv))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.projectsAdded").value(10));
        ArgumentCaptor<ImportMatrixCommand> sent = ArgumentCaptor.forClass(ImportMatrixCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), eq("matrix import"));
        assertThat(sent.getValue().rows()).hasSize(10);
        assertThat(sent.getValue().rows().get(0).axisTitle()).isEqualTo("الاستدامة والحفاظ على البيئة");
    }

    @Test
    void aBadRowRefusesTheFileWithAReportPerRowAndSendsNothing() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("text/csv").content("axis;number;title;months;MDH\n1;1;صيانة;24;1,50\n1;2;تهيئة;-;2\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-matrix"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("durationMonths"))
                .andExpect(jsonPath("$.errors.length()").value(1));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aBadStartOrPrincipleIsReportedInItsOwnColumn() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("text/csv").content(("axis;number;title;months;MDH;f;p;c;proposals;startsOn;principles\n"
                                + "1;1;صيانة;24;1,50;;;;;2025-13-01;الشفافية|openness\n").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid-matrix"))
                .andExpect(jsonPath("$.detail").value(startsWith("1 bad row(s)")))
                .andExpect(jsonPath("$.errors[0].column").value("startsOn"))
                .andExpect(jsonPath("$.errors[1].column").value("principles"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void aRowWithThreeFaultsCountsAsOneBadRow() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("text/csv").content("axis;number;title;months;MDH\n1;x;;-;2\n1;2;تهيئة;24;2\n"
                                .getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.badRows").value(1))
                .andExpect(jsonPath("$.detail").value("1 bad row(s) in the matrix; nothing was imported"))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[*].row").value(everyItem(is(2))));
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void theProgramsOwnRefusalListsItsRowsToo() throws Exception {
        when(commands.send(any(), any(), any(), any())).thenThrow(new MatrixRefused(List.of(
                new RowError(3, "costMdh", "project 2 exists with a cost of 28000000 dirhams"))));
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("text/csv").content("a;b;c;d;e\n1;2;صيانة;24;29\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("project 2 exists with a cost of 28000000 dirhams"));
    }

    @Test
    void aSpreadsheetIsReadFromItsFirstSheet() throws Exception {
        when(commands.send(any(), any(), any(), any())).thenReturn(new MatrixImported(1, 1, 0));
        byte[] xlsx = MatrixRowsTest.workbook(new Object[][] {
                {"Axe", "N°", "Projet", "Mois", "MDH"}, {"4 Adressage", 10.0, "Adressage des rues", 22.5, 0.3}});
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(XLSX).content(xlsx))
                .andExpect(status().isOk());
        ArgumentCaptor<ImportMatrixCommand> sent = ArgumentCaptor.forClass(ImportMatrixCommand.class);
        verify(commands).send(sent.capture(), any(), eq("temara"), any());
        assertThat(sent.getValue().rows().get(0).costMad()).isEqualTo(new BigDecimal("300000"));
    }

    @Test
    void aCsvThatIsNotUtf8IsBadInput() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("text/csv").content(new byte[] {'a', ';', (byte) 0xE9, '\n'}))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("not-utf8"));
    }

    @Test
    void onlyOperatorsAndAdminsImport() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/matrix").with(as("CITIZEN", null))
                        .contentType("text/csv").content("a;b;c;d;e\n1;2;t;24;29\n".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/programs/temara-pao/matrix").contentType("text/csv").content("x".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnauthorized());
        verify(commands, never()).send(any(), any(), any(), any());
    }

    @Test
    void anAdminOfAnotherCollectivityMayNotImportIntoItsProgramWhateverTheFile() throws Exception {
        for (byte[] file : new byte[][] {("\uFEFF" + MatrixRowsTest.seed()).getBytes(StandardCharsets.UTF_8), {(byte) 0xC3}}) {
            mvc.perform(post("/api/programs/temara-pao/matrix").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                            .contentType("text/csv").content(file))
                    .andExpect(status().isForbidden());
        }
        verify(commands, never()).send(any(), any(), any(), any());
    }
}
