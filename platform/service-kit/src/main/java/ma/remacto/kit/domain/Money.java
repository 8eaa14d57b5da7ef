package ma.remacto.kit.domain;

import java.math.BigDecimal;

/** Exact amounts of dirhams, in the plain form every total and JSON answer uses: {@code 85750000}, {@code 50000.5}, never {@code 8.575E+7}. */
public final class Money {

    private Money() {
    }

    public static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
