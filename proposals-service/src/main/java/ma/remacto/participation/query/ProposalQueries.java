package ma.remacto.participation.query;

import ma.remacto.events.SealedText;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the proposals read model; hidden proposals only for those who may see them. The text
 * is opened with its data key on each read: {@code [hidden]} or {@code [erased]} once the key is
 * destroyed. The keys and the projects that answer the proposals are read after the rows, never
 * inside the row mapper (which would hold two pooled connections at once).
 */
@Service
public class ProposalQueries {

    /** Rows a search opens at a time: few queries, and little opened beyond the page. */
    private static final int SEARCH_BATCH = 200;

    private final JdbcClient jdbc;
    private final DataKeys keys;

    ProposalQueries(JdbcClient jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    public Optional<ProposalView> find(String id, boolean includeHidden) {
        return jdbc.sql("SELECT * FROM proposal WHERE id = :id AND (:hidden OR NOT hidden)")
                .param("id", id).param("hidden", includeHidden)
                .query((rs, n) -> stored(rs)).optional()
                .map(stored -> opened(List.of(stored)).get(0))
                .map(view -> view.withProjects(projects(List.of(view.id())).getOrDefault(view.id(), List.of())));
    }

    /**
     * A page of a process's proposals in the order they were submitted, after the cursor (a proposal
     * id). A filter on text reads the proposals in batches, in the same order, opens them and keeps
     * those that match, until it has one more than the page holds: the cursor of the next page is
     * then the last match shown, and the rows between it and the next match match nothing.
     */
    public Page<ProposalView> list(String processId, ProposalFilter filter, boolean includeHidden, String after,
                                   int limit) {
        List<ProposalView> rows = filter.searches()
                ? matching(processId, filter, includeHidden, after, limit + 1)
                : opened(rows(processId, filter, includeHidden, after, limit + 1));
        return Page.of(withProjects(rows), limit, ProposalView::id);
    }

    /**
     * A page of the proposals an author submitted online, in every process, newest first, after the
     * cursor (one of their proposal ids). Their hidden ones too: they see that it was hidden, and why,
     * but its text reads {@code [hidden]} to them as to anyone.
     */
    public Page<ProposalView> byAuthor(String authorId, String after, int limit) {
        List<ProposalView> rows = opened(jdbc.sql("""
                        SELECT * FROM proposal p
                        WHERE p.author_id = :author
                          AND (CAST(:after AS varchar) IS NULL
                               OR (p.submitted_at, p.id) < (SELECT submitted_at, id FROM proposal
                                                            WHERE id = :after AND author_id = :author))
                        ORDER BY p.submitted_at DESC, p.id DESC LIMIT :limit""")
                .param("author", authorId)
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> stored(rs)).list());
        return Page.of(withProjects(rows), limit, ProposalView::id);
    }

    /** Rows read in batches, opened and kept when they match, until {@code wanted} matched or none are left. */
    private List<ProposalView> matching(String processId, ProposalFilter filter, boolean includeHidden, String after,
                                        int wanted) {
        List<ProposalView> matches = new ArrayList<>(wanted);
        String cursor = after;
        while (matches.size() < wanted) {
            List<Stored> batch = rows(processId, filter, includeHidden, cursor, SEARCH_BATCH);
            opened(batch).stream().filter(filter::matches).limit(wanted - matches.size()).forEach(matches::add);
            if (batch.size() < SEARCH_BATCH) {
                break;
            }
            cursor = batch.get(batch.size() - 1).view().id();
        }
        return matches;
    }

    /** At most {@code count} of a process's rows after the cursor, with the filter's status and channel. */
    private List<Stored> rows(String processId, ProposalFilter filter, boolean includeHidden, String after, int count) {
        return jdbc.sql("""
                        SELECT * FROM proposal p
                        WHERE p.process_id = :process
                          AND (:hidden OR NOT p.hidden)
                          AND (CAST(:status AS varchar) IS NULL OR p.status = :status)
                          AND (CAST(:channel AS varchar) IS NULL OR p.channel = :channel)
                          AND (CAST(:after AS varchar) IS NULL
                               OR (p.submitted_at, p.id) > (SELECT submitted_at, id FROM proposal WHERE id = :after))
                        ORDER BY p.submitted_at, p.id LIMIT :limit""")
                .param("process", processId)
                .param("hidden", includeHidden)
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("channel", filter.channel() == null ? null : filter.channel().name())
                .param("after", after)
                .param("limit", count)
                .query((rs, n) -> stored(rs)).list();
    }

    private List<ProposalView> withProjects(List<ProposalView> views) {
        Map<String, List<ProposalView.Project>> projects = projects(views.stream().map(ProposalView::id).toList());
        return views.stream().map(view -> view.withProjects(projects.getOrDefault(view.id(), List.of()))).toList();
    }

    /** The projects linked to each of the proposals, in the order they were linked. */
    private Map<String, List<ProposalView.Project>> projects(List<String> proposalIds) {
        if (proposalIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ProposalView.Project>> byProposal = new HashMap<>();
        jdbc.sql("""
                        SELECT proposal_id, program_id, project_number, title_ar, cancelled FROM proposal_project
                        WHERE proposal_id IN (:ids)
                        ORDER BY linked_at, program_id, project_number""")
                .param("ids", proposalIds)
                .query((rs, n) -> Map.entry(rs.getString("proposal_id"), new ProposalView.Project(
                        rs.getString("program_id"), rs.getInt("project_number"), rs.getString("title_ar"),
                        rs.getBoolean("cancelled"))))
                .list()
                .forEach(link -> byProposal.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
        return byProposal;
    }

    /** The rows with their text opened, their keys looked up in one query. */
    private List<ProposalView> opened(List<Stored> rows) {
        List<SealedText> sealed = new ArrayList<>();
        for (Stored row : rows) {
            sealed.add(sealed(row.key(), row.view().title()));
            sealed.add(sealed(row.key(), row.view().body()));
            sealed.add(sealed(row.key(), row.view().neighbourhood()));
        }
        List<String> text = keys.openAll(sealed);
        List<ProposalView> views = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            views.add(rows.get(i).view().withText(text.get(3 * i), text.get(3 * i + 1), text.get(3 * i + 2)));
        }
        return views;
    }

    private static SealedText sealed(String key, String ciphertext) {
        return ciphertext == null ? null : new SealedText(key, ciphertext);
    }

    /** A row as stored: the view with its text still sealed under the key. */
    private record Stored(ProposalView view, String key) {
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(new ProposalView(
                rs.getString("id"),
                rs.getString("process_id"),
                rs.getString("collectivity_id"),
                rs.getString("channel"),
                rs.getString("station_id"),
                rs.getString("title_sealed"),
                rs.getString("body_sealed"),
                rs.getString("suggested_axis"),
                rs.getString("neighbourhood_sealed"),
                rs.getString("author_gender"),
                rs.getString("status"),
                rs.getString("merged_into"),
                rs.getString("review_reason"),
                rs.getBoolean("hidden"),
                rs.getString("hidden_reason"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                List.of()), rs.getString("text_key"));
    }
}
