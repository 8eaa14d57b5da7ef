package ma.remacto.participation.command;

import ma.remacto.events.participation.CensusReplacedEvent;
import ma.remacto.kit.domain.InvalidCommand;
import ma.remacto.participation.command.Census.ReplaceCensusCommand;
import ma.remacto.participation.residence.CensusRegister;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class CensusTest {

    private FixtureConfiguration<Census> fixture;
    private CensusRegister register;

    @BeforeEach
    void setUp() {
        register = mock(CensusRegister.class);
        fixture = new AggregateTestFixture<>(Census.class);
        fixture.registerInjectableResource(register);
    }

    @Test
    void aReplacementWritesTheHashesAndPublishesTheCountOnly() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceCensusCommand("temara", List.of("hash-1", "hash-2")))
                .expectEvents(new CensusReplacedEvent("temara", 2));
        verify(register).replace("temara", List.of("hash-1", "hash-2"));
    }

    @Test
    void aLaterCensusReplacesTheEarlierOneWhole() {
        fixture.given(new CensusReplacedEvent("temara", 2))
                .when(new ReplaceCensusCommand("temara", List.of("hash-3")))
                .expectEvents(new CensusReplacedEvent("temara", 1));
        verify(register).replace("temara", List.of("hash-3"));
    }

    @Test
    void aCensusListsEachIdentityOnce() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceCensusCommand("temara", List.of("hash-1", "hash-1")))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
        verify(register, never()).replace(anyString(), any());
    }
}
