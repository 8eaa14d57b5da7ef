package ma.remacto.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/collectivities/{id}}: names and province as they should now stand, and why. */
record EditCollectivityRequest(
        @NotBlank @Size(max = 300) String nameAr,
        @NotBlank @Size(max = 300) String nameFr,
        @Size(max = 300) String nameTzm,
        @Size(max = 300) String province,
        @NotBlank @Size(max = 2000) String reason) {
}
