package ma.remacto.programs.web;

import ma.remacto.kit.domain.InvalidCommand;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an XLSX workbook as rows of text, numbered as the spreadsheet numbers them.
 * A number cell becomes its shortest decimal text (0.05 stays 0.05), so it reads exactly.
 */
final class Spreadsheet {

    private Spreadsheet() {
    }

    static List<MatrixRows.Line> read(byte[] xlsx) {
        List<MatrixRows.Line> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidCommand("unreadable-spreadsheet", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    cells.add(text(row.getCell(column)));
                }
                lines.add(new MatrixRows.Line(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidCommand bad) {
                throw bad;
            }
            throw new InvalidCommand("unreadable-spreadsheet", "the body is not a readable XLSX workbook");
        }
        return lines;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    // a project's start typed as a date: its day, as the optional column reads it
                    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return "";
        }
    }
}
