package ma.remacto.network.command;

import ma.remacto.events.SealedText;
import ma.remacto.kit.keys.DataKeys;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Data keys for fixture tests: text seals as {@code sealed:<text>} under the key it is given, so events compare. */
final class SealedNames {

    private SealedNames() {
    }

    static DataKeys keys() {
        DataKeys keys = mock(DataKeys.class);
        when(keys.seal(anyString(), anyString(), anyString()))
                .thenAnswer(call -> sealed(call.getArgument(0), call.getArgument(2)));
        return keys;
    }

    static SealedText sealed(String keyId, String text) {
        return new SealedText(keyId, "sealed:" + text);
    }
}
