package ma.remacto.programs.web;

import ma.remacto.events.programs.Funding;
import ma.remacto.events.programs.Funding.FundingKind;
import ma.remacto.events.programs.OpennessPrinciple;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.programs.command.MatrixRefused;
import ma.remacto.programs.command.MatrixRow;
import ma.remacto.programs.command.RowError;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class MatrixRowsTest {

    static String seed() throws IOException {
        try (InputStream in = MatrixRowsTest.class.getResourceAsStream("/seeds/temara-2025-2026-matrix.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<RowError> refused(Runnable reading) {
        return catchThrowableOfType(MatrixRefused.class, reading::run).errors();
    }

    @Test
    void theSeedMatrixReadsWithArabicTitlesDecimalCommasAndExactDirhams() throws IOException {
        List<MatrixRow> rows = MatrixRows.csv(seed());
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0)).isEqualTo(new MatrixRow(2, 1, "الاستدامة والحفاظ على البيئة", 1,
                "تعميم الربط بشبكة المياه العادمة المعالجة لسقي المساحات الخضراء", new BigDecimal("24"),
                new BigDecimal("1500000")));
        assertThat(rows.get(1).axisTitle()).isNull();
        assertThat(rows.get(6).durationMonths()).isEqualTo(new BigDecimal("22.5"));
        assertThat(rows.get(7).costMad()).isEqualTo(new BigDecimal("50000"));
        assertThat(rows.stream().map(MatrixRow::costMad).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("85750000"));
    }

    @Test
    void aCommaSeparatedFileTakesDecimalPointsAndFrenchTitles() {
        List<MatrixRow> rows = MatrixRows.csv("""
                Axe,N°,Projet,Durée (mois),Coût (MDH)
                "3 Organisation de la circulation",7,"Signalisation horizontale et verticale",22.5,7
                3,8,Sensibilisation à la sécurité routière,23.5,0.05
                """);
        assertThat(rows).extracting(MatrixRow::costMad).containsExactly(new BigDecimal("7000000"), new BigDecimal("50000"));
        assertThat(rows.get(0).axisTitle()).isEqualTo("Organisation de la circulation");
        assertThat(rows.get(1).title()).isEqualTo("Sensibilisation à la sécurité routière");
    }

    @Test
    void aDecimalCommaNeedsTheSemicolonSeparator() {
        List<RowError> errors = refused(() -> MatrixRows.csv("""
                axis,number,title,months,MDH
                1,1,Irrigation,24,"1,50"
                """));
        assertThat(errors).containsExactly(new RowError(2, "costMdh",
                "'1,50': a decimal comma needs ';' as the separator; write 1.50"));
        assertThat(MatrixRows.csv("axis;number;title;months;MDH\n1;1;Irrigation;22,5;1.50\n").get(0))
                .extracting(MatrixRow::durationMonths, MatrixRow::costMad)
                .containsExactly(new BigDecimal("22.5"), new BigDecimal("1500000"));
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() {
        List<RowError> errors = refused(() -> MatrixRows.csv("""
                المحور;رقم المشروع;تسمية المشروع;المدة;الكلفة
                1 البيئة;1;صيانة;24;1,50
                البيئة;x;;0;-2
                2;3;تهيئة;24
                """));
        assertThat(errors).extracting(e -> e.row() + ":" + e.column())
                .containsExactly("3:axis", "3:number", "3:title", "3:durationMonths", "3:costMdh", "4:null");
    }

    @Test
    void theFirstRowIsAHeader() {
        List<RowError> errors = refused(() -> MatrixRows.csv("1;1;صيانة;24;1,50\n1;2;تهيئة;24;2\n"));
        assertThat(errors).extracting(RowError::row).containsExactly(1);
    }

    @Test
    void arabicIndicDigitsRead() {
        List<MatrixRow> rows = MatrixRows.csv("المحور;رقم;المشروع;المدة;الكلفة\n٤ العنونة بالجماعة;١٠;العنونة بالجماعة;٢٢٫٥;٠,٣٠\n");
        assertThat(rows.get(0)).isEqualTo(new MatrixRow(2, 4, "العنونة بالجماعة", 10, "العنونة بالجماعة",
                new BigDecimal("22.5"), new BigDecimal("300000")));
    }

    @Test
    void aCostFinerThanACentimeIsRefused() {
        assertThat(refused(() -> MatrixRows.csv("a;b;c;d;e\n1;1;t;1;0,000000001\n")))
                .extracting(RowError::column).containsExactly("costMdh");
    }

    @Test
    void optionalColumnsGiveFundingPartnersConventionsAndProposals() {
        List<MatrixRow> rows = MatrixRows.csv("""
                المحور;رقم;المشروع;المدة;الكلفة;التمويل;الشركاء;الاتفاقيات;الاقتراحات
                1 البيئة;1;سقي المساحات الخضراء;24;1,50;شركاء;ONEE | وزارة الداخلية;C-12;p-1 | p-2
                1;2;صيانة;24;28;own;;;
                1;3;إنارة;23;24
                """);
        assertThat(rows.get(0).funding()).isEqualTo(new Funding(FundingKind.PARTNERS, List.of("ONEE", "وزارة الداخلية"),
                List.of("C-12")));
        assertThat(rows.get(0).proposalIds()).containsExactly("p-1", "p-2");
        assertThat(rows.get(1).funding()).isEqualTo(new Funding(FundingKind.OWN, List.of(), List.of()));
        assertThat(rows.get(2).funding()).as("unknown, never own funds by default").isNull();
        assertThat(rows.get(2).proposalIds()).isEmpty();
    }

    @Test
    void optionalColumnsGiveAProjectsStartAndItsPrinciplesByCodeOrName() {
        List<MatrixRow> rows = MatrixRows.csv("""
                المحور;رقم;المشروع;المدة;الكلفة;التمويل;الشركاء;الاتفاقيات;الاقتراحات;البداية;المبادئ
                1 البيئة;1;سقي المساحات الخضراء;24;1,50;;;;;2025-03-01;TRANSPARENCY | المشاركة المواطنة | transparence
                1;2;صيانة;24;28;;;;;01/07/2025;citizen participation
                1;3;إنارة;23;24
                """);
        assertThat(rows.get(0).startsOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(rows.get(0).principles()).as("each once, in the order first named")
                .containsExactly(OpennessPrinciple.TRANSPARENCY, OpennessPrinciple.CITIZEN_PARTICIPATION);
        assertThat(rows.get(1).startsOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rows.get(1).principles()).containsExactly(OpennessPrinciple.CITIZEN_PARTICIPATION);
        assertThat(rows.get(2).startsOn()).as("starts with its program").isNull();
        assertThat(rows.get(2).principles()).isEmpty();
    }

    @Test
    void aBadStartAndUnknownPrinciplesAreListedAndTheRowCountsOnce() {
        MatrixRefused refused = catchThrowableOfType(MatrixRefused.class, () -> MatrixRows.csv("""
                axis;number;title;months;MDH;funding;partners;conventions;proposals;startsOn;principles
                1;1;t;24;1;;;;;2025-02-30;openness | TRANSPARENCY | speed
                1;2;t;24;1;;;;;soon
                1;3;t;24;1
                """));
        assertThat(refused.errors()).extracting(RowError::row, RowError::column).containsExactly(
                tuple(2, "startsOn"), tuple(2, "principles"),
                tuple(2, "principles"), tuple(3, "startsOn"));
        assertThat(refused.errors().get(1).message()).contains("'openness'").contains("TRANSPARENCY");
        assertThat(refused.badRows()).isEqualTo(2);
        assertThat(refused.getMessage()).startsWith("2 bad row(s)");
    }

    @Test
    void aRowWithSeveralBadCellsIsOneBadRow() {
        MatrixRefused refused = catchThrowableOfType(MatrixRefused.class, () -> MatrixRows.csv("""
                axis;number;title;months;MDH;funding
                1;x;;0;1;state
                1;2;t;1;1
                """));
        assertThat(refused.errors()).extracting(RowError::column).containsExactly("number", "title", "durationMonths",
                "funding");
        assertThat(refused.badRows()).isEqualTo(1);
        assertThat(refused.getMessage()).startsWith("1 bad row(s)");
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaksAndBlankLinesKeepRowNumbers() {
        List<MatrixRow> rows = MatrixRows.csv("axis,number,title,months,MDH\r\n\r\n"
                + "1,1,\"Eau \"\"traitée\"\", phase 1\nsuite\",24,1.5\r\n1,2,Entretien,24,28\n");
        assertThat(rows).extracting(MatrixRow::row).containsExactly(3, 4);
        assertThat(rows.get(0).title()).isEqualTo("Eau \"traitée\", phase 1\nsuite");
        assertThat(refused(() -> MatrixRows.csv("axis,number,title,months,MDH\n\n1,x,t,1,1\n")))
                .extracting(RowError::row).containsExactly(3);
    }

    @Test
    void anUnclosedQuoteIsBadInput() {
        InvalidCommand refused = catchThrowableOfType(InvalidCommand.class,
                () -> MatrixRows.csv("axis,number,title,months,MDH\n1,1,\"Eau,24,1\n"));
        assertThat(refused.code()).isEqualTo("unreadable-csv");
    }

    @Test
    void anXlsxWorkbookReadsNumberCellsExactly() throws IOException {
        byte[] xlsx = workbook(new Object[][] {
                {"المحور", "رقم المشروع", "تسمية المشروع", "المدة بالشهر", "الكلفة بمليون درهم"},
                {"3 تنظيم السير والجولان بالجماعة", 7.0, "تعزيز التشوير الأفقي والعمودي", 22.5, 7.0},
                {3.0, 8.0, "تنظيم لقاءات تواصلية وتحسيسية حول السلامة الطرقية", 23.5, 0.05},
                {"3", "9", "تقوية الطرق الداخلية بالجماعة", "22,5", "9,00"}});
        List<MatrixRow> rows = MatrixRows.xlsx(xlsx);
        assertThat(rows).extracting(MatrixRow::costMad)
                .containsExactly(new BigDecimal("7000000"), new BigDecimal("50000"), new BigDecimal("9000000"));
        assertThat(rows).extracting(MatrixRow::durationMonths)
                .containsExactly(new BigDecimal("22.5"), new BigDecimal("23.5"), new BigDecimal("22.5"));
        assertThat(rows.get(0).axisTitle()).isEqualTo("تنظيم السير والجولان بالجماعة");
        assertThat(rows).extracting(MatrixRow::row).containsExactly(2, 3, 4);
    }

    @Test
    void anXlsxDateCellGivesTheProjectsStart() throws IOException {
        byte[] xlsx = workbook(new Object[][] {
                {"المحور", "رقم المشروع", "تسمية المشروع", "المدة", "الكلفة", "", "", "", "", "البداية", "المبادئ"},
                {"1", "1", "سقي", 24.0, 1.5, "", "", "", "", LocalDate.of(2025, 9, 15), "الشفافية"}});
        MatrixRow row = MatrixRows.xlsx(xlsx).get(0);
        assertThat(row.startsOn()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(row.principles()).containsExactly(OpennessPrinciple.TRANSPARENCY);
    }

    @Test
    void aBodyThatIsNotAWorkbookIsBadInput() {
        InvalidCommand refused = catchThrowableOfType(InvalidCommand.class,
                () -> MatrixRows.xlsx("axis;number".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.code()).isEqualTo("unreadable-spreadsheet");
    }

    static byte[] workbook(Object[][] cells) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("المصفوفة");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (cells[r][c] instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (cells[r][c] instanceof LocalDate day) {
                        CellStyle dated = workbook.createCellStyle();
                        dated.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(dated);
                    } else {
                        row.createCell(c).setCellValue((String) cells[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
