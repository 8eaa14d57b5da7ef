package ma.remacto.network.command;

import ma.remacto.events.EventMetadata;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.kit.axon.Commands;
import ma.remacto.network.command.MembershipCommands.ImportMemberCommand;
import org.axonframework.messaging.MetaData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Bulk onboarding from a CSV file ({@code kind,nameAr,nameFr,region,admittedOn}). Every line is
 * checked first, against the reference regions, the file itself and the event store; one bad
 * line refuses the whole file with a report per line, and nothing is recorded.
 */
@Service
public class MemberImport {

    public static final List<String> COLUMNS = List.of("kind", "nameAr", "nameFr", "region", "admittedOn");
    private static final int PARALLEL_COMMANDS = 4;

    /** A problem with one line of the file. */
    public record LineError(int line, String column, String message) {
    }

    /** What an accepted file did. */
    public record Result(int registered, int admitted, List<String> ids) {
    }

    /** The file was refused as a whole. */
    public static class Refused extends RuntimeException {
        private final transient List<LineError> errors;

        Refused(List<LineError> errors) {
            // one bad line counts once, however many of its fields are wrong
            super(errors.stream().map(LineError::line).distinct().count()
                    + " line(s) of the file are not valid; nothing was imported");
            this.errors = errors;
        }

        public List<LineError> errors() {
            return errors;
        }
    }

    private final Commands commands;
    private final JdbcClient jdbc;

    MemberImport(Commands commands, JdbcClient jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    public Result run(List<List<String>> rows, MetaData metadata) {
        List<LineError> errors = new ArrayList<>();
        if (rows.isEmpty() || !header(rows.get(0))) {
            throw new Refused(List.of(new LineError(1, null, "the first line must be the header " + String.join(",", COLUMNS))));
        }
        Map<String, Integer> idLines = new HashMap<>();
        List<ImportMemberCommand> members = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            int line = i + 1;
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            parse(line, row, errors).ifPresent(member -> {
                Integer earlier = idLines.putIfAbsent(member.collectivityId(), line);
                if (earlier != null) {
                    errors.add(new LineError(line, "nameFr", "the same collectivity as line " + earlier
                            + " (id '" + member.collectivityId() + "')"));
                } else {
                    members.add(member);
                }
            });
        }
        if (!idLines.isEmpty()) {
            jdbc.sql("SELECT DISTINCT aggregateidentifier FROM domainevententry WHERE aggregateidentifier IN (:ids)")
                    .param("ids", idLines.keySet()).query(String.class).list()
                    .forEach(id -> errors.add(new LineError(idLines.get(id), "nameFr",
                            "already registered with the network as '" + id + "'")));
        }
        if (members.isEmpty() && errors.isEmpty()) {
            errors.add(new LineError(2, null, "the file has no collectivity after its header"));
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            throw new Refused(errors);
        }
        dispatch(members, metadata);
        return new Result(members.size(), (int) members.stream().filter(m -> m.admittedOn() != null).count(),
                members.stream().map(ImportMemberCommand::collectivityId).toList());
    }

    private void dispatch(List<ImportMemberCommand> members, MetaData metadata) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_COMMANDS);
        try {
            List<Future<Object>> sent = new ArrayList<>();
            for (ImportMemberCommand member : members) {
                MetaData forMember = metadata.and(EventMetadata.COLLECTIVITY, member.collectivityId());
                sent.add(pool.submit(() -> commands.send(member, forMember)));
            }
            for (Future<Object> future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a line of the import failed after validation", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static boolean header(List<String> row) {
        if (row.size() != COLUMNS.size()) {
            return false;
        }
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (!row.get(i).strip().equalsIgnoreCase(COLUMNS.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ImportMemberCommand> parse(int line, List<String> row, List<LineError> errors) {
        if (row.size() != COLUMNS.size()) {
            errors.add(new LineError(line, null, "expected " + COLUMNS.size() + " columns, found " + row.size()));
            return Optional.empty();
        }
        int before = errors.size();
        CollectivityKind kind = null;
        try {
            kind = CollectivityKind.valueOf(row.get(0).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new LineError(line, "kind", "'" + row.get(0) + "' is not one of REGION, PREFECTURE_OR_PROVINCE, COMMUNE"));
        }
        String nameAr = row.get(1).strip();
        String nameFr = row.get(2).strip();
        if (nameAr.isEmpty()) {
            errors.add(new LineError(line, "nameAr", "the Arabic name is required"));
        }
        if (nameFr.isEmpty()) {
            errors.add(new LineError(line, "nameFr", "the French name is required"));
        }
        String regionText = row.get(3).strip();
        Optional<Regions.Region> region = regionText.isEmpty() ? Optional.empty() : findRegion(regionText);
        if (!regionText.isEmpty() && region.isEmpty()) {
            errors.add(new LineError(line, "region", "'" + regionText + "' is not one of the 12 regions"));
        }
        LocalDate admittedOn = null;
        if (!row.get(4).isBlank()) {
            try {
                admittedOn = LocalDate.parse(row.get(4).strip());
                if (admittedOn.isAfter(LocalDate.now())) {
                    errors.add(new LineError(line, "admittedOn", admittedOn + " is in the future"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new LineError(line, "admittedOn", "'" + row.get(4) + "' is not a date (YYYY-MM-DD)"));
            }
        }
        String id = null;
        if (kind == CollectivityKind.REGION) {
            Optional<Regions.Region> itself = findRegion(nameFr).or(() -> findRegion(nameAr));
            if (itself.isEmpty()) {
                errors.add(new LineError(line, "nameFr", "'" + nameFr + "' is not one of the 12 regions"));
            } else if (region.isPresent() && !region.get().equals(itself.get())) {
                errors.add(new LineError(line, "region", "a region lies in itself"));
            } else {
                id = itself.get().id();
                region = itself;
            }
        } else if (!nameFr.isEmpty()) {
            id = slug(nameFr);
        }
        if (errors.size() > before || id == null) {
            return Optional.empty();
        }
        return Optional.of(new ImportMemberCommand(id, kind, nameAr, nameFr, region.map(Regions.Region::id).orElse(null),
                admittedOn));
    }

    static Optional<Regions.Region> findRegion(String text) {
        String wanted = fold(text);
        return Regions.ALL.stream()
                .filter(r -> fold(r.id()).equals(wanted) || fold(r.nameFr()).equals(wanted) || fold(r.nameAr()).equals(wanted))
                .findFirst();
    }

    /** Compares names without accents, case, spaces or punctuation. */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A readable id from a French name: {@code Témara} → {@code temara}. */
    static String slug(String nameFr) {
        String slug = Normalizer.normalize(nameFr, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "c-" + Integer.toHexString(nameFr.hashCode());
        }
        return slug.length() > 63 ? slug.substring(0, 63).replaceAll("-+$", "") : slug;
    }
}
