package ma.remacto.network.query;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A collectivity as the API shows it, with its dated status history. A {@code null} region or
 * province means it is not documented.
 */
public record CollectivityView(
        String id,
        String kind,
        String nameAr,
        String nameFr,
        String nameTzm,
        String regionId,
        String province,
        String status,
        LocalDate charterSignedOn,
        String charterSignatory,
        Instant registeredAt,
        List<HistoryEntry> history) {

    /**
     * One status change: {@code on} is the business date the user gave (null when none is
     * documented, e.g. the application of an imported member), {@code recordedAt} when the
     * platform stored it.
     */
    public record HistoryEntry(
            long sequence,
            String status,
            LocalDate on,
            String reason,
            Map<String, BigDecimal> indicators,
            Instant recordedAt) {
    }
}
