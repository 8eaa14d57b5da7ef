package ma.remacto.events.chain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chain's definition, pinned by a vector computed independently (Python's struct and hashlib). */
class HashChainTest {

    private static final ChainedRecord FIRST = new ChainedRecord("remacto.network.v1", 2, 0, bytes("temara"),
            List.of(header("ce_specversion", "1.0"), header("ce_id", "e-1"),
                    header("ce_type", "ma.remacto.network.AdmissionDecided.v1")),
            bytes("{\"collectivityId\":\"temara\"}"));
    private static final ChainedRecord SECOND = new ChainedRecord("remacto.network.v1", 2, 1, null,
            List.of(new ChainedRecord.Header("ce_reason", null)), new byte[0]);

    @Test
    void theCanonicalBytesAreLengthPrefixedFieldsInAFixedOrder() {
        assertThat(HashChain.hex(HashChain.canonical(FIRST))).isEqualTo("0000001272656d6163746f2e6e6574776f726b2e7631"
                + "0000000200000000000000000000000674656d617261000000030000000e63655f7370656376657273696f6e00000003312e30"
                + "0000000563655f696400000003652d310000000763655f74797065000000266d612e72656d6163746f2e6e6574776f726b2e41"
                + "646d697373696f6e446563696465642e76310000001b7b22636f6c6c65637469766974794964223a2274656d617261227d");
        assertThat(HashChain.hex(HashChain.canonical(SECOND))).as("null as length -1, empty as length 0")
                .isEqualTo("0000001272656d6163746f2e6e6574776f726b2e7631000000020000000000000001ffffffff00000001"
                        + "0000000963655f726561736f6effffffff00000000");
    }

    @Test
    void eachLinkHashesThePreviousLinkAndTheRecordFromThirtyTwoZeroBytes() {
        byte[] first = HashChain.link(HashChain.genesis(), FIRST);
        byte[] second = HashChain.link(first, SECOND);

        assertThat(HashChain.hex(HashChain.genesis())).isEqualTo("0".repeat(64));
        assertThat(HashChain.hex(first)).isEqualTo("9fe8fe0a8e523b99fb9e7d845407b20355825ac425e616904f139116b54fab6b");
        assertThat(HashChain.hex(second)).isEqualTo("e4771d278b77d476660a9296d1801956df07f6f7a146cfee85fa2870a762956b");
        assertThat(HashChain.unhex(HashChain.hex(second))).isEqualTo(second);
    }

    @Test
    void movingBytesBetweenFieldsChangesTheLink() {
        ChainedRecord keyed = new ChainedRecord("t", 0, 0, bytes("ab"), List.of(), bytes("c"));
        ChainedRecord shifted = new ChainedRecord("t", 0, 0, bytes("a"), List.of(), bytes("bc"));
        ChainedRecord nullValue = new ChainedRecord("t", 0, 0, bytes("a"), List.of(), null);
        ChainedRecord emptyValue = new ChainedRecord("t", 0, 0, bytes("a"), List.of(), new byte[0]);
        ChainedRecord reordered = new ChainedRecord("t", 0, 0, null, List.of(header("a", "1"), header("b", "2")), null);
        ChainedRecord inOrder = new ChainedRecord("t", 0, 0, null, List.of(header("b", "2"), header("a", "1")), null);

        assertThat(HashChain.link(HashChain.genesis(), keyed)).isNotEqualTo(HashChain.link(HashChain.genesis(), shifted));
        assertThat(HashChain.link(HashChain.genesis(), nullValue))
                .isNotEqualTo(HashChain.link(HashChain.genesis(), emptyValue));
        assertThat(HashChain.link(HashChain.genesis(), reordered))
                .as("headers count in record order").isNotEqualTo(HashChain.link(HashChain.genesis(), inOrder));
    }

    @Test
    void aLinkHasThirtyTwoBytes() {
        assertThatThrownBy(() -> HashChain.link(new byte[31], FIRST)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ChainedRecord.Header header(String name, String value) {
        return new ChainedRecord.Header(name, bytes(value));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
