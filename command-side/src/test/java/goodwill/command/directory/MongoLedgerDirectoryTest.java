package goodwill.command.directory;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.CommandCollections;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.LedgerOpened;
import goodwill.storage.CountedDatabase;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lookup the rules spanning aggregates check against, as its subscribing handler keeps it in MongoDB. */
class MongoLedgerDirectoryTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2024-02-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2024-04-01T10:00:00Z");

    private CountedDatabase database;
    private MongoLedgerDirectory directory;

    @BeforeEach
    void open() {
        database = CountedDatabase.create();
        directory = new MongoLedgerDirectory(database.database());
        directory.on(new LedgerOpened("team", "me", "Maya Chen", AT));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void added(String ledgerId, String contactId) {
        directory.on(new ContactAdded(ledgerId, contactId, contactId, null, null, null, List.of(), null, AT));
    }

    private void favor(String favorId) {
        directory.on(new FavorRecorded("team", favorId, "me", "ana", FavorKind.ADVICE, 2, true, AT, null, null, null));
    }

    private void favor(String favorId, String giverId, String receiverId, Instant occurredAt) {
        directory.on(new FavorRecorded("team", favorId, giverId, receiverId, FavorKind.ADVICE, 2, true, occurredAt,
                                       null, null, null));
    }

    private void amended(String favorId, String giverId, String receiverId, Instant occurredAt) {
        directory.on(new FavorAmended("team", favorId, "a1", giverId, receiverId, null, null, null, occurredAt, null,
                                      null, null, "typo", LATER));
    }

    @Test
    void theOwnerIsMeAndNoOneElseIs() {
        added("team", "ana");

        assertThat(directory.isMe("team", "me")).isTrue();
        assertThat(directory.isMe("team", "ana")).isFalse();
        assertThat(directory.isMe("other", "me")).isFalse();
    }

    @Test
    void aFavorFromMeIsAnInvestmentFromWhenItWasDone() {
        added("team", "ana");
        added("team", "bo");
        favor("f1", "me", "ana", AT);
        favor("f2", "bo", "ana", EARLIER);
        favor("f3", "ana", "me", EARLIER);

        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isTrue();
        assertThat(directory.hasGivenBefore("team", "ana", AT)).isFalse();
        assertThat(directory.hasGivenBefore("team", "bo", LATER)).isFalse();
        assertThat(directory.hasGivenBefore("team", "nobody", LATER)).isFalse();
    }

    @Test
    void aRetractedFavorIsNoInvestment() {
        added("team", "ana");
        favor("f1", "me", "ana", AT);

        directory.on(new FavorRetracted("team", "f1", "never happened", LATER));

        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isFalse();
    }

    @Test
    void anAmendedFavorCountsWithItsNewPartiesAndTime() {
        added("team", "ana");
        added("team", "bo");
        favor("f1", "me", "ana", AT);
        favor("f2", "bo", "ana", AT);

        amended("f1", null, "bo", null);
        amended("f2", "me", null, EARLIER);

        assertThat(directory.hasGivenBefore("team", "bo", LATER)).isTrue();
        assertThat(directory.hasGivenBefore("team", "ana", AT)).isTrue();
        amended("f2", null, null, LATER);
        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isFalse();
    }

    @Test
    void anAmendmentOfARetractedFavorChangesNothing() {
        added("team", "ana");
        favor("f1", "ana", "me", AT);
        directory.on(new FavorRetracted("team", "f1", "never happened", LATER));

        amended("f1", "me", "ana", null);

        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isFalse();
    }

    @Test
    void theSurvivorOfAMergeTakesOverFavorsFromMeEarlierAndLaterRetractionsFollow() {
        added("team", "ana");
        added("team", "ana2");
        added("team", "ana3");
        favor("f1", "me", "ana3", AT);
        favor("f2", "me", "ana3", EARLIER);
        directory.on(new ContactsMerged("team", "ana2", "ana3", AT));
        directory.on(new ContactsMerged("team", "ana", "ana2", AT));
        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isTrue();

        directory.on(new FavorRetracted("team", "f1", "never happened", LATER));
        directory.on(new FavorRetracted("team", "f2", "never happened", LATER));

        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isFalse();
    }

    @Test
    void aContactAddedAgainKeepsWhatHappenedSince() {
        added("team", "ana");
        favor("f1", "me", "ana", AT);
        directory.on(new ContactArchived("team", "ana", "moved away", AT));

        added("team", "ana");

        assertThat(directory.isLiveContact("team", "ana")).isFalse();
        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isTrue();
    }

    @Test
    void anOpenedLedgerAndItsOwnerAreKnownAtOnce() {
        assertThat(directory.isLedger("team")).isTrue();
        assertThat(directory.isLiveContact("team", "me")).isTrue();
        assertThat(directory.isLedger("other")).isFalse();
    }

    @Test
    void anAddedContactIsLiveAndAnArchivedOneIsKnownButNotLive() {
        added("team", "ana");
        assertThat(directory.isLiveContact("team", "ana")).isTrue();

        directory.on(new ContactArchived("team", "ana", "moved away", AT));

        assertThat(directory.isLiveContact("team", "ana")).isFalse();
        assertThat(directory.isContact("team", "ana")).isTrue();
    }

    @Test
    void aContactMergedAwayIsNoLongerLiveAndItsSurvivorIs() {
        added("team", "ana");
        added("team", "ana2");

        directory.on(new ContactsMerged("team", "ana", "ana2", AT));

        assertThat(directory.isLiveContact("team", "ana2")).isFalse();
        assertThat(directory.isLiveContact("team", "ana")).isTrue();
    }

    @Test
    void aRecordedFavorIsKnownUntilItIsRetracted() {
        favor("f1");
        assertThat(directory.isFavor("team", "f1")).isTrue();

        directory.on(new FavorRetracted("team", "f1", "never happened", AT));

        assertThat(directory.isFavor("team", "f1")).isFalse();
    }

    @Test
    void oneLedgersEntriesDoNotAnswerForAnother() {
        directory.on(new LedgerOpened("other", "me2", "Tom Lee", AT));
        added("team", "ana");
        favor("f1");

        assertThat(directory.isLiveContact("other", "ana")).isFalse();
        assertThat(directory.isFavor("other", "f1")).isFalse();
    }

    @Test
    void aFavorIsNotAContactOfTheSameId() {
        favor("ana");

        assertThat(directory.isLiveContact("team", "ana")).isFalse();
        assertThat(directory.isContact("team", "ana")).isFalse();
    }

    @Test
    void handlingAnEventAgainChangesNothing() {
        added("team", "ana");
        added("team", "ana");
        directory.on(new ContactArchived("team", "ana", "moved away", AT));
        directory.on(new ContactArchived("team", "ana", "moved away", AT));

        assertThat(directory.isLiveContact("team", "ana")).isFalse();
        assertThat(database.database().getCollection(CommandCollections.LEDGER_DIRECTORY).countDocuments())
                .isEqualTo(3); // the ledger, me and ana
    }

    @Test
    void aContactArchivedThroughAnotherInstanceIsNoLongerLiveHere() {
        added("team", "ana");
        MongoLedgerDirectory other = new MongoLedgerDirectory(database.database());
        assertThat(inOneCommand(() -> directory.isLiveContact("team", "ana"))).isTrue();

        other.on(new ContactArchived("team", "ana", "moved away", AT));

        assertThat(inOneCommand(() -> directory.isLiveContact("team", "ana"))).isFalse();
    }

    @Test
    void aFavorRetractedThroughAnotherInstanceIsNoLongerKnownHere() {
        favor("f1");
        MongoLedgerDirectory other = new MongoLedgerDirectory(database.database());
        assertThat(inOneCommand(() -> directory.isFavor("team", "f1"))).isTrue();

        other.on(new FavorRetracted("team", "f1", "never happened", AT));

        assertThat(inOneCommand(() -> directory.isFavor("team", "f1"))).isFalse();
    }

    @Test
    void aContactAddedThroughAnotherInstanceIsKnownHereAtOnce() {
        assertThat(inOneCommand(() -> directory.isLiveContact("team", "ana"))).isFalse();

        new MongoLedgerDirectory(database.database()).on(
                new ContactAdded("team", "ana", "ana", null, null, null, List.of(), null, AT));

        assertThat(inOneCommand(() -> directory.isLiveContact("team", "ana"))).isTrue();
    }

    @Test
    void aLiveContactIsReadOncePerCommand() {
        added("team", "ana");
        database.roundTrips().reset();

        for (int command = 0; command < 3; command++) {
            inOneCommand(() -> directory.isLiveContact("team", "ana") && directory.isContact("team", "ana")
                    && directory.isLiveContact("team", "ana"));
        }

        assertThat(database.roundTrips().of("find", CommandCollections.LEDGER_DIRECTORY)).isEqualTo(3);
    }

    @Test
    void whatCanNoLongerChangeIsReadOnceForGood() {
        added("team", "ana");
        favor("f1");
        directory.on(new FavorRetracted("team", "f1", "never happened", AT));
        directory.on(new ContactArchived("team", "ana", "moved away", AT));
        database.roundTrips().reset();

        for (int command = 0; command < 3; command++) {
            assertThat(inOneCommand(() -> directory.isLedger("team") && directory.isMe("team", "me")
                    && directory.isLiveContact("team", "me") && directory.isContact("team", "ana")
                    && !directory.isLiveContact("team", "ana") && !directory.isFavor("team", "f1"))).isTrue();
        }

        // The ledger and me were known from the ledger's opening; the archived contact and the retracted favor
        // are read once each.
        assertThat(database.roundTrips().of("find", CommandCollections.LEDGER_DIRECTORY)).isEqualTo(2);
    }

    @Test
    void theWritesOfOneEventGoInOneRoundTrip() {
        added("team", "ana");
        database.roundTrips().reset();

        favor("f1", "me", "ana", AT);

        assertThat(database.roundTrips().of("update", CommandCollections.LEDGER_DIRECTORY)).isEqualTo(1);
        assertThat(directory.hasGivenBefore("team", "ana", LATER)).isTrue();
    }

    /** What the directory answers within one command's unit of work. */
    private static boolean inOneCommand(Supplier<Boolean> check) {
        DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage("check"));
        try {
            return check.get();
        } finally {
            command.commit();
        }
    }
}
