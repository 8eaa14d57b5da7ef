package ma.remacto.network.web;

import ma.remacto.kit.domain.InvalidCommand;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        assertThat(Csv.parse("kind,nameFr\r\nCOMMUNE,\"Sidi Yahya, \"\"Zaer\"\"\nnord\"\n"))
                .containsExactly(List.of("kind", "nameFr"), List.of("COMMUNE", "Sidi Yahya, \"Zaer\"\nnord"));
    }

    @Test
    void aByteOrderMarkIsIgnoredAndAnEmptyLineKeepsItsPlace() {
        assertThat(Csv.parse("\uFEFFkind\n\nREGION"))
                .containsExactly(List.of("kind"), List.of(""), List.of("REGION"));
    }

    @Test
    void anUnfinishedQuoteIsBadInput() {
        assertThatThrownBy(() -> Csv.parse("kind\n\"COMMUNE"))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageStartingWith("the file is not valid CSV");
    }
}
