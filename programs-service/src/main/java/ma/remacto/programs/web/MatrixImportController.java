package ma.remacto.programs.web;

import ma.remacto.kit.axon.Commands;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.kit.security.Allow;
import ma.remacto.kit.security.Authorized;
import ma.remacto.kit.security.Role;
import ma.remacto.kit.web.Problems;
import ma.remacto.programs.command.MatrixCommands.ImportMatrixCommand;
import ma.remacto.programs.command.MatrixImported;
import ma.remacto.programs.command.MatrixRefused;
import ma.remacto.programs.command.MatrixRow;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A whole matrix from a CSV (UTF-8, ',' or ';' separated) or XLSX file. All or nothing: a bad
 * row refuses the file with a report per row ({@code errors[]}: row, column, message; {@code badRows}
 * counts a row with several faults once); rows the
 * program already holds identically change nothing, so the same file imported twice adds nothing.
 */
@RestController
class MatrixImportController {

    static final String PATH = ProgramController.PATH + "/{id}/matrix";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final Commands commands;

    MatrixImportController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping(path = PATH, consumes = {"text/csv", "text/plain"})
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixImported importCsv(@PathVariable String id, @RequestBody byte[] body, Authorized authorized) {
        return send(id, MatrixRows.csv(utf8(body)), authorized);
    }

    @PostMapping(path = PATH, consumes = XLSX)
    @Allow(value = {Role.NETWORK_OPERATOR, Role.COLLECTIVITY_ADMIN}, target = "program:{id}")
    MatrixImported importXlsx(@PathVariable String id, @RequestBody byte[] body, Authorized authorized) {
        size(body);
        return send(id, MatrixRows.xlsx(body), authorized);
    }

    private MatrixImported send(String id, List<MatrixRow> rows, Authorized authorized) {
        return commands.send(new ImportMatrixCommand(id, rows), authorized.actor(), authorized.collectivityId(),
                "matrix import");
    }

    @ExceptionHandler(MatrixRefused.class)
    ResponseEntity<ProblemDetail> refused(MatrixRefused refused) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, refused.code(), refused.getMessage());
        problem.setProperty("badRows", refused.badRows());
        problem.setProperty("errors", refused.errors());
        return Problems.response(problem);
    }

    private static String utf8(byte[] body) {
        size(body);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidCommand("not-utf8", "the CSV file must be encoded in UTF-8");
        }
    }

    private static void size(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new InvalidCommand("file-too-large", "a matrix file is at most " + MAX_BYTES / (1024 * 1024) + " MB");
        }
    }
}
