package ma.remacto.participation.web;

import ma.remacto.participation.residence.IdentityCards;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A census file: UTF-8 text, one national identity card number per line, after an optional header
 * {@code identifier}. Numbers are trimmed and put in upper case. Any bad line refuses the whole
 * file, with every bad line's number and what is wrong with it.
 */
final class CensusFile {

    static final String HEADER = "identifier";
    /** A file of garbage names its first errors, not millions of them. */
    static final int MAX_ERRORS = 100;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /** A line that is not an identity card number, and why. */
    record LineError(long line, String message) {
    }

    /** The file was refused; nothing changed. */
    static final class Refused extends RuntimeException {

        private final transient List<LineError> errors;

        Refused(List<LineError> errors) {
            super(errors.size() >= MAX_ERRORS ? "the census has at least " + MAX_ERRORS + " bad lines (the first shown); nothing changed"
                    : "the census has " + errors.size() + " bad line" + (errors.size() == 1 ? "" : "s") + "; nothing changed");
            this.errors = List.copyOf(errors);
        }

        List<LineError> errors() {
            return errors;
        }
    }

    private CensusFile() {
    }

    /** The normalized identity card numbers of the file, in its order. */
    static List<String> parse(byte[] body) {
        String text = utf8(body).replaceFirst("^\uFEFF", "");
        List<String> numbers = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Long> firstSeen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            try {
                for (CSVRecord record : parser) {
                    long line = record.getRecordNumber();
                    if (line == 1 && record.size() == 1 && record.get(0).strip().equalsIgnoreCase(HEADER)) {
                        continue;
                    }
                    problem(record, firstSeen).ifPresentOrElse(message -> errors.add(new LineError(line, message)), () -> {
                        String number = IdentityCards.normalize(record.get(0)).orElseThrow();
                        firstSeen.put(number, line);
                        numbers.add(number);
                    });
                    if (errors.size() >= MAX_ERRORS) {
                        break;
                    }
                }
            } catch (UncheckedIOException notCsv) {
                errors.add(new LineError(parser.getCurrentLineNumber(), "not valid CSV (a quote left open?)"));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("a census in memory is always readable", unreadable);
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return numbers;
    }

    private static Optional<String> problem(CSVRecord record, Map<String, Long> firstSeen) {
        if (record.size() == 1 && record.get(0).isBlank()) {
            return Optional.of("empty");
        }
        Optional<String> number = record.size() == 1 ? IdentityCards.normalize(record.get(0)) : Optional.empty();
        if (number.isEmpty()) {
            return Optional.of("not an identity card number");
        }
        Long first = firstSeen.get(number.get());
        return first == null ? Optional.empty() : Optional.of("duplicate of line " + first);
    }

    private static String utf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(body.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refused(List.of(new LineError(lineAt(body, in.position()), "not UTF-8 text")));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static long lineAt(byte[] body, int position) {
        long line = 1;
        for (int i = 0; i < Math.min(position, body.length); i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
