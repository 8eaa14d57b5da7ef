package ma.remacto.reporting.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1+1")).isEqualTo("'+1+1");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\t=1")).isEqualTo("'\t=1");
        assertThat(Csv.field("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void otherTextIsLeftAsWritten() {
        assertThat(Csv.field("ورشة = مشاركة")).isEqualTo("ورشة = مشاركة");
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("")).isEmpty();
        assertThat(Csv.field(null)).isEmpty();
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(Csv.field(-3)).isEqualTo("-3");
        assertThat(Csv.field(-12L)).isEqualTo("-12");
        assertThat(Csv.field(new BigDecimal("-2500.50"))).isEqualTo("-2500.5");
        assertThat(Csv.field(true)).isEqualTo("true");
    }

    @Test
    void aLineJoinsItsFieldsAndEndsWithCrLf() {
        List<Object> values = Arrays.asList("=1", null, 4);
        assertThat(Csv.line(values)).isEqualTo("'=1,,4\r\n");
    }
}
