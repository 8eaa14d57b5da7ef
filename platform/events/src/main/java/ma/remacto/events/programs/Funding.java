package ma.remacto.events.programs;

import java.util.List;

/**
 * How a project is financed: by the collectivity alone, or with partners under conventions.
 *
 * @param kind           {@code OWN} or {@code PARTNERS}
 * @param partners       the partners' names, for {@code PARTNERS} (empty otherwise)
 * @param conventionRefs references of the conventions, for {@code PARTNERS} (empty otherwise)
 */
public record Funding(FundingKind kind, List<String> partners, List<String> conventionRefs) {

    public enum FundingKind {
        OWN,
        PARTNERS
    }
}
