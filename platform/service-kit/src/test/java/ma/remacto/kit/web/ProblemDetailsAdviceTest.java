package ma.remacto.kit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ma.remacto.kit.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsAdviceTest {

    record Review(@NotBlank String decision, @Size(max = 5) String reason, String mergedInto, @Valid List<Line> lines) {

        @AssertTrue(message = "a refusal needs a reason")
        boolean isReasonGivenWhenRequired() {
            return !"REFUSED".equals(decision) || reason != null;
        }

        @AssertTrue(message = "mergedInto is for a merge only")
        boolean isMergedIntoGivenForMergeOnly() {
            return "MERGED".equals(decision) == (mergedInto != null);
        }
    }

    record Line(String title, String note) {

        @AssertTrue(message = "a line needs a title or a note")
        boolean isTitleOrNoteGiven() {
            return title != null || note != null;
        }
    }

    @RestController
    static class Reviews {

        @PostMapping("/reviews")
        String review(@Valid @RequestBody Review review) {
            return "ok";
        }

        @PostMapping("/refusals")
        String refuse() {
            throw new RuleViolation("already-decided", "the review was decided already");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Reviews())
            .setControllerAdvice(new ProblemDetailsAdvice()).build();

    @Test
    void aCrossFieldCheckIsReportedUnderTheRequestFieldItConcerns() throws Exception {
        mvc.perform(post("/reviews").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"REFUSED\",\"mergedInto\":\"p-2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.message == 'a refusal needs a reason')].field").value("reason"))
                .andExpect(jsonPath("$.errors[?(@.message == 'mergedInto is for a merge only')].field")
                        .value("mergedInto"))
                .andExpect(jsonPath("$.detail", containsString("reason: a refusal needs a reason")))
                .andExpect(jsonPath("$.detail", not(containsString("reasonGivenWhenRequired"))));
    }

    @Test
    void aNestedCrossFieldCheckKeepsItsPathAndNamesTheNestedField() throws Exception {
        mvc.perform(post("/reviews").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"OK\",\"lines\":[{}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lines[0].title"));
    }

    @Test
    void aFieldOfTheRequestKeepsItsName() throws Exception {
        mvc.perform(post("/reviews").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"OK\",\"reason\":\"far too long\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void problemsSayTheLanguageOfTheirMessages() throws Exception {
        mvc.perform(post("/reviews").header(HttpHeaders.ACCEPT_LANGUAGE, "ar")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"));
        mvc.perform(post("/refusals").header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isConflict())
                .andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
                .andExpect(jsonPath("$.code").value("already-decided"));
    }
}
