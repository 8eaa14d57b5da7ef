package ma.remacto.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ma.remacto.events.network.CollectivityKind;
import ma.remacto.kit.web.Ids;

import java.time.LocalDate;

/**
 * {@code POST /api/collectivities}: register an applicant; {@code appliedOn} defaults to today, and
 * {@code reason} says why when the date given is approximate (it goes to the audit trail).
 */
record RegisterCollectivityRequest(
        @Pattern(regexp = Ids.SLUG) String id,
        @NotNull CollectivityKind kind,
        @NotBlank @Size(max = 300) String nameAr,
        @NotBlank @Size(max = 300) String nameFr,
        @Size(max = 300) String nameTzm,
        @Pattern(regexp = Ids.SLUG) String regionId,
        @Size(max = 300) String province,
        @PastOrPresent LocalDate appliedOn,
        @Size(max = 500) String reason) {
}
