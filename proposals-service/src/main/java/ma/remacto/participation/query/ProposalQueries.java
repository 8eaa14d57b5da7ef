package ma.remacto.participation.query;

import ma.remacto.events.SealedText;
import ma.remacto.events.participation.ProposalChannel;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.web.Page;
import ma.remacto.participation.command.ProposalStatus;
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

    /** A page of a process's proposals in the order they were submitted, after the cursor (a proposal id). */
    public Page<ProposalView> list(String processId, ProposalStatus status, ProposalChannel channel,
                                   boolean includeHidden, String after, int limit) {
        List<ProposalView> rows = opened(jdbc.sql("""
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
                .param("status", status == null ? null : status.name())
                .param("channel", channel == null ? null : channel.name())
                .param("after", after)
                .param("limit", limit + 1)
                .query((rs, n) -> stored(rs)).list());
        Map<String, List<ProposalView.Project>> projects = projects(rows.stream().map(ProposalView::id).toList());
        return Page.of(rows.stream().map(view -> view.withProjects(projects.getOrDefault(view.id(), List.of()))).toList(),
                limit, ProposalView::id);
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
