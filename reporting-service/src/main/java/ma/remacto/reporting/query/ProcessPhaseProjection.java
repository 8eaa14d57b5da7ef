package ma.remacto.reporting.query;

import ma.remacto.events.participation.ProcessPhaseChangedEvent;
import ma.remacto.reporting.inbound.Projection;
import ma.remacto.reporting.inbound.ReceivedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;

/** The phases each co-creation process went through, by business date. */
@Component
class ProcessPhaseProjection implements Projection {

    private final JdbcClient jdbc;

    ProcessPhaseProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(ReceivedEvent event) {
        if (event.payload() instanceof ProcessPhaseChangedEvent changed) {
            jdbc.sql("INSERT INTO process_phase_history (process_id, phase, changed_on) VALUES (:id, :phase, :on)")
                    .param("id", changed.processId())
                    .param("phase", changed.phase().name())
                    .param("on", Date.valueOf(changed.on()))
                    .update();
        }
    }
}
