package ma.remacto.participation.web;

import ma.remacto.events.DocumentKind;
import ma.remacto.events.DocumentRef;
import ma.remacto.kit.documents.DocumentPolicy;
import ma.remacto.kit.documents.DocumentStore;
import ma.remacto.kit.documents.DocumentType;
import ma.remacto.kit.security.ServiceSecurityConfiguration;
import ma.remacto.kit.web.ProblemDetailsAdvice;
import ma.remacto.participation.query.Directory;
import ma.remacto.testkit.WebSliceSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.unit.DataSize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static ma.remacto.testkit.TestJwt.as;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(StationDocumentController.class)
@Import({ServiceSecurityConfiguration.class, ProblemDetailsAdvice.class, WebSliceSecurity.class, ParticipationTargets.class,
        StationDocumentControllerTest.SmallDocuments.class})
class StationDocumentControllerTest {

    private static final String DOCUMENTS = "/api/processes/tamazgana-2025/stations/workshop/documents?kind=MINUTES";
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A small maximum, so that the policy's own limit is reached below the service's body limit. */
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
    StationDocuments documents;
    @MockitoBean
    DocumentStore store;
    @MockitoBean
    Directory directory;
    @MockitoBean
    JwtDecoder jwtDecoder;

    @BeforeEach
    void tamazganaRunsTheProcess() {
        when(directory.process("tamazgana-2025")).thenReturn(Optional.of(new Directory.Owner("tamazgana-2025", "tamazgana")));
    }

    private ResultActions upload(String collectivity, String type, byte[] content) throws Exception {
        return mvc.perform(post(DOCUMENTS).with(as("COLLECTIVITY_ADMIN", collectivity)).contentType(type).content(content));
    }

    @Test
    void aCheckedFileIsAttachedAsItsFirstBytesSay() throws Exception {
        DocumentRef ref = new DocumentRef("d-1", DocumentKind.MINUTES, "minutes.pdf", "minutes.pdf", "application/pdf",
                PDF.length, "b".repeat(64));
        when(documents.attach(eq("tamazgana-2025"), eq("workshop"), any(), any())).thenReturn(ref);
        upload("tamazgana", "application/pdf", PDF)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/processes/tamazgana-2025/stations/workshop/documents/d-1"))
                .andExpect(jsonPath("$.sha256").value("b".repeat(64)));
        verify(documents).attach(eq("tamazgana-2025"), eq("workshop"),
                argThat(upload -> upload.type() == DocumentType.PDF
                        && upload.kind() == DocumentKind.MINUTES), any());
    }

    @Test
    void aBadFileIsRefusedBeforeAnythingIsStored() throws Exception {
        upload("tamazgana", "application/pdf", Arrays.copyOf(PDF, 65))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("document-too-large"));
        upload("tamazgana", "image/jpeg", PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("document-type-mismatch"));
        upload("temara", "application/pdf", PDF).andExpect(status().isForbidden());
        verifyNoInteractions(documents);
    }
}
