package ma.remacto.participation.residence;

import ma.remacto.kit.domain.DomainException;

/** The identity card number is not in the collectivity's census: answered 404 {@code not-in-census}. */
class NotInCensus extends DomainException {

    NotInCensus(String collectivityId) {
        super(Kind.NOT_FOUND, "not-in-census", "this identity card number is not in the census of '" + collectivityId + "'");
    }
}
