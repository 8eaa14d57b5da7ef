package ma.remacto.participation.inbound;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The links from proposals to projects, and the projects they name. Only proposals of this service
 * are linked (the directory, written with each submission, knows them), and only to a project of
 * their own collectivity; other ids are ignored.
 */
class ProjectLinks {

    private static final Logger log = LoggerFactory.getLogger(ProjectLinks.class);

    private final JdbcClient jdbc;

    ProjectLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void project(String programId, int number, String titleAr, String collectivity) {
        jdbc.sql("""
                        INSERT INTO program_project (program_id, project_number, title_ar, collectivity_id, cancelled)
                        VALUES (:program, :number, :title, :collectivity, FALSE)
                        ON CONFLICT (program_id, project_number) DO UPDATE SET
                            title_ar = EXCLUDED.title_ar, collectivity_id = EXCLUDED.collectivity_id, cancelled = FALSE""")
                .param("program", programId).param("number", number).param("title", titleAr)
                .param("collectivity", collectivity)
                .update();
    }

    /** A project met again: kept as first known, so a late redelivery changes nothing. */
    void known(String programId, int number, String titleAr, String collectivity) {
        jdbc.sql("""
                        INSERT INTO program_project (program_id, project_number, title_ar, collectivity_id)
                        VALUES (:program, :number, :title, :collectivity)
                        ON CONFLICT (program_id, project_number) DO NOTHING""")
                .param("program", programId).param("number", number).param("title", titleAr)
                .param("collectivity", collectivity)
                .update();
    }

    void link(String programId, int number, String proposalId, String collectivity) {
        int linked = jdbc.sql("""
                        INSERT INTO proposal_project (proposal_id, program_id, project_number, title_ar,
                                                      collectivity_id, cancelled, linked_at)
                        SELECT d.id, p.program_id, p.project_number, p.title_ar, d.collectivity_id, p.cancelled, now()
                        FROM directory d JOIN program_project p ON p.program_id = :program AND p.project_number = :number
                        WHERE d.kind = 'PROPOSAL' AND d.id = :proposal
                          AND (CAST(:collectivity AS varchar) IS NULL OR d.collectivity_id = :collectivity)
                        ON CONFLICT (proposal_id, program_id, project_number) DO UPDATE SET
                            title_ar = EXCLUDED.title_ar, cancelled = EXCLUDED.cancelled""")
                .param("program", programId).param("number", number).param("proposal", proposalId)
                .param("collectivity", collectivity)
                .update();
        if (linked == 0) {
            log.debug("project {}#{} names proposal {}, which is not one of collectivity {} here",
                    programId, number, proposalId, collectivity);
        }
    }

    void unlink(String programId, int number, String proposalId) {
        jdbc.sql("DELETE FROM proposal_project WHERE program_id = :program AND project_number = :number AND proposal_id = :proposal")
                .param("program", programId).param("number", number).param("proposal", proposalId)
                .update();
    }

    /** A removed project takes its links with it; its number may name another project later. */
    void remove(String programId, int number) {
        for (String table : new String[] {"proposal_project", "program_project"}) {
            jdbc.sql("DELETE FROM " + table + " WHERE program_id = :program AND project_number = :number")
                    .param("program", programId).param("number", number)
                    .update();
        }
    }

    /** Renames the project (an edit gives its title whole, a revision only when it changes it). */
    void rename(String programId, int number, String titleAr) {
        for (String table : new String[] {"proposal_project", "program_project"}) {
            jdbc.sql("UPDATE " + table + " SET title_ar = :title WHERE program_id = :program AND project_number = :number")
                    .param("title", titleAr).param("program", programId).param("number", number)
                    .update();
        }
    }

    void cancel(String programId, int number) {
        for (String table : new String[] {"proposal_project", "program_project"}) {
            jdbc.sql("UPDATE " + table + " SET cancelled = TRUE WHERE program_id = :program AND project_number = :number")
                    .param("program", programId).param("number", number)
                    .update();
        }
    }
}
