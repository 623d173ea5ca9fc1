package goodwill.command;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.events.LedgerOpened;
import goodwill.storage.EventJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event survives the event store's JSON unchanged: the contract must be readable back, years later. */
class StoredEventsTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00.123456789Z");

    static List<Object> events() {
        return List.of(
                new LedgerOpened("team", "me", "Ana Lopez", AT),
                new ContactAdded("team", "ana", "Ana Lopez", "Acme", "CTO", "ana@example.org", List.of("a", "b"),
                                 "a conference", AT),
                new ContactAdded("team", "bo", "Bo", null, null, null, null, null, AT),
                new FavorRecorded("team", "f1", "me", "ana", FavorKind.RESUME_FORWARDED, 4, false, AT, "bo", "f0",
                                  "note"),
                new FavorRetracted("team", "f1", "never happened", AT),
                new FavorAmended("team", "f1", "a1", null, "bo", FavorKind.ADVICE, 2, true, AT, null, null, null,
                                 "typo", AT),
                new ContactDetailsChanged("team", "ana", null, "Initech", null, null, List.of("c"), null, AT),
                new ContactDetailsChanged("team", "ana", "Ana L.", null, null, null, null, null, AT),
                new ContactArchived("team", "ana", "moved away", AT),
                new ContactsMerged("team", "ana", "ana2", AT),
                new MeetingRecorded("team", "m1", MeetingKind.COFFEE, List.of("me", "ana"), AT, "ana", "Café Luz", 45,
                                    "note"),
                new MeetingRecorded("team", "m2", MeetingKind.CALL, List.of("me", "bo"), AT, null, null, null, null),
                new MeetingRetracted("team", "m1", "cancelled", AT),
                new IntroductionMade("team", "i1", "me", "ana", "bo", "hiring", AT),
                new IntroductionOutcomeRecorded("team", "i1", "o1", IntroductionOutcome.HIRED, AT, "note"),
                new CommitmentMade("team", "c1", "me", "ana", "an introduction", LocalDate.parse("2024-03-15"), AT),
                new CommitmentMade("team", "c2", "ana", "me", "feedback", null, AT),
                new CommitmentKept("team", "c1", "f1", AT),
                new CommitmentBroken("team", "c2", AT),
                new CommitmentReleased("team", "c3", AT),
                new AskMade("team", "a1", "me", "ana", "a referral", AT),
                new AskAnswered("team", "a1", AskOutcome.HELPED, "f1", AT),
                new AskAnswered("team", "a2", AskOutcome.NO_RESPONSE, null, AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void anEventReadsBackAsItWasStored(Object event) {
        Serializer serializer = EventJson.serializer(EventJson.mapper());

        SerializedObject<String> stored = serializer.serialize(event, String.class);
        Object read = serializer.deserialize(stored);

        assertThat(read).isEqualTo(event);
    }
}
