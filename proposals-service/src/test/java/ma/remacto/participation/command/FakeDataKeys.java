package ma.remacto.participation.command;

import ma.remacto.events.SealedText;
import ma.remacto.kit.keys.DataKeys;
import ma.remacto.kit.keys.Redaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Data keys for fixture tests: sealing is visible ({@code subject|text}), so an expected event
 * states the key and the data subject; shredding is recorded.
 */
class FakeDataKeys extends DataKeys {

    final Map<String, Redaction> shredded = new HashMap<>();
    private final Map<String, List<String>> keysBySubject = new HashMap<>();

    FakeDataKeys() {
        super(null);
    }

    static SealedText sealed(String proposalId, String subject, String text) {
        return text == null ? null : new SealedText("proposal:" + proposalId, subject + "|" + text);
    }

    @Override
    public SealedText seal(String keyId, String subject, String text) {
        keysBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(keyId);
        return text == null ? null : new SealedText(keyId, subject + "|" + text);
    }

    @Override
    public List<SealedText> sealAll(String keyId, String subject, List<String> texts) {
        return texts.stream().map(text -> seal(keyId, subject, text)).toList();
    }

    @Override
    public boolean shred(String keyId, Redaction reason) {
        return shredded.putIfAbsent(keyId, reason) == null;
    }

    @Override
    public List<String> shredSubject(String subject, Redaction reason) {
        List<String> keys = keysBySubject.getOrDefault(subject, List.of()).stream().distinct()
                .filter(key -> !shredded.containsKey(key)).sorted().toList();
        keys.forEach(key -> shredded.put(key, reason));
        return keys;
    }
}
