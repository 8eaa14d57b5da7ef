package ma.remacto.network.command;

import ma.remacto.events.network.CollectivityKind;

public record RegisterCollectivityCommand(
        String collectivityId,
        CollectivityKind kind,
        String nameAr,
        String nameFr,
        String regionId) {
}
