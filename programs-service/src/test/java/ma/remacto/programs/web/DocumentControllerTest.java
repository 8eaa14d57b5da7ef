package ma.remacto.programs.web;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.documents.DocumentPolicy;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.documents.DocumentType;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.programs.query.DocumentView;
import ma.remacto.programs.query.ProgramDirectory;
import ma.remacto.programs.query.ProgramQueries;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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

@WebMvcTest(DocumentController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class,
        ProgramTargets.class, DocumentControllerTest.SmallDocuments.class})
class DocumentControllerTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final String SHA = "c".repeat(64);
    static final DocumentRef REF = new DocumentRef("d-1", DocumentKind.DELIBERATION, "مقرر", "deliberation.pdf",
            "application/pdf", PDF.length, SHA);

    @TestConfiguration
    static class SmallDocuments {
        @Bean
        DocumentPolicy documentPolicy() {
            return new DocumentPolicy(DataSize.ofBytes(64));
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DocumentAttachments attachments;
    @MockitoBean
    DocumentStore store;
    @MockitoBean
    ProgramQueries queries;
    @MockitoBean
    JwtDecoder jwtDecoder;
    @MockitoBean
    ProgramDirectory directory;

    @BeforeEach
    void temaraHasAProgram() {
        when(directory.collectivityOf("temara-pao")).thenReturn(Optional.of("temara"));
        when(attachments.attach(any(), any(), any(), any(), any())).thenReturn(REF);
    }

    @Test
    void theProgramsAdminAttachesARawFileWithItsKindTitleAndName() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/documents?kind=DELIBERATION&title=مقرر&fileName=deliberation.pdf")
                        .with(as("COLLECTIVITY_ADMIN", "temara")).contentType("application/pdf").content(PDF))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/programs/temara-pao/documents/d-1"))
                .andExpect(jsonPath("$.sha256").value(SHA));
        ArgumentCaptor<DocumentAttachments.Upload> upload = ArgumentCaptor.forClass(DocumentAttachments.Upload.class);
        verify(attachments).attach(eq("temara-pao"), eq(null), eq(null), upload.capture(), any());
        assertThat(upload.getValue().kind()).isEqualTo(DocumentKind.DELIBERATION);
        assertThat(upload.getValue().type()).isEqualTo(DocumentType.PDF);
        assertThat(upload.getValue().fileName()).isEqualTo("deliberation.pdf");
        assertThat(upload.getValue().bytes()).isEqualTo(PDF);
    }

    @Test
    void aDocumentOfAProgressReportNamesItsProjectAndDate() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/documents?kind=REPORT&project=3&progressAsOf=2025-06-30")
                        .with(as("NETWORK_OPERATOR", null)).contentType("application/pdf").content(PDF))
                .andExpect(status().isCreated());
        verify(attachments).attach(eq("temara-pao"), eq(3), eq(LocalDate.of(2025, 6, 30)), any(), any());
    }

    @Test
    void onlyAnOperatorOrTheProgramsOwnAdminAttaches() throws Exception {
        mvc.perform(post("/api/programs/temara-pao/documents?kind=OTHER").with(as("COLLECTIVITY_ADMIN", "tamazgana"))
                        .contentType("application/pdf").content(PDF))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/programs/temara-pao/documents?kind=OTHER").with(as("CITIZEN", null))
                        .contentType("application/pdf").content(PDF))
                .andExpect(status().isForbidden());
        verify(attachments, never()).attach(any(), any(), any(), any(), any());
    }

    @Test
    void aBadFileIsRefusedAsAProblemAndNothingIsAttached() throws Exception {
        refused("application/pdf", new byte[0], 400, "empty-document");
        refused("text/html", "<html>".getBytes(StandardCharsets.US_ASCII), 400, "unsupported-document-type");
        refused("image/png", PDF, 400, "document-type-mismatch");
        byte[] large = new byte[65];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        refused("application/pdf", large, 413, "document-too-large");
        mvc.perform(post("/api/programs/temara-pao/documents?kind=SPEECH").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType("application/pdf").content(PDF))
                .andExpect(status().isBadRequest());
        verify(attachments, never()).attach(any(), any(), any(), any(), any());
    }

    private void refused(String type, byte[] content, int status, String code) throws Exception {
        mvc.perform(post("/api/programs/temara-pao/documents?kind=PROGRAM").with(as("COLLECTIVITY_ADMIN", "temara"))
                        .contentType(type).content(content))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void anyoneDownloadsAProgramsDocumentWithItsDigest() throws Exception {
        when(store.find("d-1")).thenReturn(Optional.of(new DocumentStore.Content(REF, "program", "temara-pao", PDF)));
        mvc.perform(get("/api/programs/temara-pao/documents/d-1"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("ETag", "\"" + SHA + "\""))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void aDocumentOfAnotherProgramOrOfAStationIsNotFoundHere() throws Exception {
        when(store.find("d-1")).thenReturn(Optional.of(new DocumentStore.Content(REF, "program", "other", PDF)));
        when(store.find("d-2")).thenReturn(Optional.of(new DocumentStore.Content(REF, "station", "temara-pao", PDF)));
        for (String id : List.of("d-1", "d-2", "d-3")) {
            mvc.perform(get("/api/programs/temara-pao/documents/" + id))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theProgramsDocumentsListSaysWhichProgressReportEachBelongsTo() throws Exception {
        when(queries.documents("temara-pao")).thenReturn(Optional.of(List.of(new DocumentView("d-1",
                DocumentKind.REPORT, "تقرير", "r.pdf", "application/pdf", 10, SHA, 3, LocalDate.of(2025, 6, 30),
                "/api/programs/temara-pao/documents/d-1", Instant.parse("2025-07-01T10:00:00Z")))));
        mvc.perform(get("/api/programs/temara-pao/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].projectNumber").value(3))
                .andExpect(jsonPath("$.items[0].progressAsOf").value("2025-06-30"));
        mvc.perform(get("/api/programs/unknown/documents"))
                .andExpect(status().isNotFound());
    }
}
