package ma.remacto.participation.command;

import ma.remacto.events.participation.PersonalDataErasedEvent;
import ma.remacto.kit.keys.Redaction;
import ma.remacto.participation.command.Erasure.ErasePersonalDataCommand;
import ma.remacto.participation.residence.Bindings;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class ErasureTest {

    private FixtureConfiguration<Erasure> fixture;
    private FakeDataKeys keys;
    private Bindings bindings;

    @BeforeEach
    void setUp() {
        keys = new FakeDataKeys();
        bindings = mock(Bindings.class);
        fixture = new AggregateTestFixture<>(Erasure.class);
        fixture.registerInjectableResource(keys);
        fixture.registerInjectableResource(bindings);
    }

    @Test
    void erasureDestroysTheKeysOfEverythingTheCitizenWroteAndForgetsTheirVerifications() {
        keys.seal("proposal:trees", "p-author", "title");
        keys.seal("proposal:benches", "p-author", "title");
        keys.seal("proposal:lighting", "p-someone-else", "title");
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalDataCommand("erasure-1", "p-author", "account-ref"))
                .expectEvents(new PersonalDataErasedEvent("erasure-1", List.of("benches", "trees")))
                .expectResultMessagePayload(2);
        assertThat(keys.shredded).containsExactlyInAnyOrderEntriesOf(Map.of(
                "proposal:trees", Redaction.ERASED, "proposal:benches", Redaction.ERASED));
        verify(bindings).forget("account-ref");
    }

    @Test
    void anErasureIsRecordedEvenWhenTheCitizenWroteNothing() {
        fixture.givenNoPriorActivity()
                .when(new ErasePersonalDataCommand("erasure-2", "p-silent", "account-ref"))
                .expectEvents(new PersonalDataErasedEvent("erasure-2", List.of()))
                .expectResultMessagePayload(0);
    }
}
