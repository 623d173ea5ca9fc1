package goodwill.ops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.ask.AnswerAsk;
import goodwill.command.ask.MakeAsk;
import goodwill.command.contact.AddContact;
import goodwill.command.favor.RecordFavor;
import goodwill.command.favor.RetractFavor;
import goodwill.events.AskOutcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample network, as generated: deterministic, and with its cast where the javadoc says it is. */
class DemoNetworkTest {

    private static final String ME = "me-id";

    private final SampleNetwork network = new SampleNetwork(7L, 60);

    @Test
    void theSameSeedGivesTheSameCommands() {
        assertThat(new SampleNetwork(7L, 60).commands(ME)).isEqualTo(network.commands(ME));
    }

    @Test
    void anotherSeedGivesOtherCommands() {
        assertThat(new SampleNetwork(8L, 60).commands(ME)).isNotEqualTo(network.commands(ME));
    }

    @Test
    void theStandardNetworkHasAFewThousandRecordsAndReturnsOnlyFavorsRecordedBeforeAndNeverRetracted() {
        List<Object> commands = SampleNetwork.standard().commands(ME);
        Set<String> recorded = new HashSet<>();
        Set<String> retracted = commands.stream().filter(RetractFavor.class::isInstance)
                .map(command -> ((RetractFavor) command).favorId()).collect(Collectors.toSet());
        for (Object command : commands) {
            if (command instanceof RecordFavor favor) {
                if (favor.reciprocatesFavorId() != null) {
                    assertThat(recorded).contains(favor.reciprocatesFavorId());
                    assertThat(retracted).doesNotContain(favor.reciprocatesFavorId());
                }
                recorded.add(favor.favorId());
            }
        }
        assertThat(commands).hasSizeGreaterThan(3000);
        assertThat(commands).filteredOn(AddContact.class::isInstance).hasSizeGreaterThan(SampleNetwork.DEFAULT_CONTACTS);
    }

    @Test
    void eachAdvocateGaveMeMoreUnaskedFavorsThanAnyCasualContact() {
        Map<String, Long> unaskedForMe = network.commands(ME).stream()
                .filter(RecordFavor.class::isInstance).map(RecordFavor.class::cast)
                .filter(favor -> favor.receiverId().equals(ME) && !favor.asked())
                .collect(Collectors.groupingBy(RecordFavor::giverId, Collectors.counting()));
        SampleNetwork.Cast cast = network.cast();
        long mostFromACasualContact = cast.casual().stream().mapToLong(id -> unaskedForMe.getOrDefault(id, 0L))
                .max().orElseThrow();
        assertThat(cast.advocates()).hasSize(5)
                .allSatisfy(advocate -> assertThat(unaskedForMe.getOrDefault(advocate, 0L))
                        .isGreaterThan(mostFromACasualContact));
    }

    @Test
    void everyNeverReciprocatorLeftAtLeastTwoOfMyAsksWithoutResponse() {
        List<Object> commands = network.commands(ME);
        Map<String, String> askedOf = new HashMap<>();
        commands.stream().filter(MakeAsk.class::isInstance).map(MakeAsk.class::cast)
                .filter(ask -> ask.askerId().equals(ME))
                .forEach(ask -> askedOf.put(ask.askId(), ask.askedId()));
        Map<String, Long> unanswered = commands.stream()
                .filter(AnswerAsk.class::isInstance).map(AnswerAsk.class::cast)
                .filter(answer -> answer.outcome() == AskOutcome.NO_RESPONSE && askedOf.containsKey(answer.askId()))
                .collect(Collectors.groupingBy(answer -> askedOf.get(answer.askId()), Collectors.counting()));
        assertThat(network.cast().neverReciprocators()).isNotEmpty()
                .allSatisfy(id -> assertThat(unanswered.getOrDefault(id, 0L)).isGreaterThanOrEqualTo(2));
    }

    @Test
    void noDormantTieHasAnyFavorInTheNetworksLastYear() {
        Instant lastYear = SampleNetwork.START.plusDays(SampleNetwork.SPAN_DAYS - 365)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        List<String> dormant = network.cast().dormant();
        assertThat(network.commands(ME)).filteredOn(RecordFavor.class::isInstance)
                .map(RecordFavor.class::cast)
                .filteredOn(favor -> favor.occurredAt().isAfter(lastYear))
                .noneMatch(favor -> dormant.contains(favor.giverId()) || dormant.contains(favor.receiverId()));
    }
}
