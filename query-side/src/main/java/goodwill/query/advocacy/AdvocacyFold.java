package goodwill.query.advocacy;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.ContactForgotten;
import goodwill.events.ContactsMerged;
import goodwill.events.FavorAmended;
import goodwill.events.FavorKind;
import goodwill.events.FavorRecorded;
import goodwill.events.FavorRetracted;
import goodwill.events.IntroductionMade;
import goodwill.events.IntroductionOutcome;
import goodwill.events.IntroductionOutcomeRecorded;
import goodwill.events.LedgerEvent;
import goodwill.events.LedgerOpened;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRoleChanged;
import goodwill.query.DocumentStore;
import goodwill.query.Documents;
import goodwill.query.Fold;
import goodwill.query.Named.Thing;
import goodwill.query.Named;
import goodwill.query.ReadModelCollections;
import goodwill.query.Recorded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one definition of the advocacy read model: which facts count in an advocacy score, and whose they are. The
 * same fold keeps the projection's collections and a history in memory ({@link LedgerAdvocacy#fold});
 * {@link AdvocacyFormula} scores what it keeps. The selection is part of the formula's
 * {@linkplain AdvocacyFormula#VERSION version}, documented there.
 * <p>
 * Corrections count as they say: a retracted favor counts nowhere, an amended one is classified again with its
 * amended values (it may now be done for someone else), and a merged contact's facts, earlier and later, count for
 * the survivor. A fact's place depends only on its source as corrected and the ledger's merges: a merge classifies
 * every source naming the merged contact again (a favor toward the survivor is no longer toward a third party; a
 * contact merged into me did nothing for me, and what they were given was given to me). So the facts stored do not
 * depend on the order events were seen in, nor on an event being seen twice.
 * <p>
 * An event of a ledger not opened changes nothing, nor does one naming a contact or source the documents do not
 * hold: a history cut at a date may hold a contact's change and not their addition, a merge and not the merged.
 */
public final class AdvocacyFold implements Fold {

    /** Favor kinds that speak for me to whoever hears them: done for me, they are done on my behalf. */
    private static final Set<FavorKind> ON_MY_BEHALF_KINDS =
            EnumSet.of(FavorKind.REFERRAL, FavorKind.INTRODUCTION, FavorKind.RECOMMENDATION, FavorKind.RESUME_FORWARDED);

    /** Outcomes of an introduction that show it led somewhere; no response and declined do not. */
    private static final Set<IntroductionOutcome> LED_SOMEWHERE = EnumSet.of(
            IntroductionOutcome.MET, IntroductionOutcome.OPPORTUNITY, IntroductionOutcome.HIRED, IntroductionOutcome.DEAL);

    private final Documents<AdvocacyLedger> ledgers;
    private final Documents<StoredAdvocate> contacts;
    private final Documents<StoredSource> sources;

    /**
     * A batch loads the sources its events change at once, and the contacts they name as recorded; the ledgers are
     * few. The contacts a source names as it counts now depend on the source as corrected and the ledger's merges,
     * which no event says: those are looked for one by one.
     */
    public AdvocacyFold(DocumentStore store) {
        this.ledgers = store.documents(ReadModelCollections.ADVOCACY_LEDGERS, AdvocacyLedger.class,
                                       AdvocacyLedger::ledgerId);
        this.sources = store.documents(ReadModelCollections.ADVOCACY_SOURCES, StoredSource.class, StoredSource::id,
                                       event -> sourceKeyOf(event).map(key -> StoredSource.key(event.ledgerId(), key))
                                                                  .stream());
        this.contacts = store.documents(ReadModelCollections.ADVOCACY_CONTACTS, StoredAdvocate.class,
                                        StoredAdvocate::id,
                                        event -> Named.contactsOf(event).stream()
                                                      .map(id -> StoredAdvocate.key(event.ledgerId(), id)));
    }

    @Override
    public Set<Class<? extends LedgerEvent>> ignores() {
        return Set.of(MeetingRecorded.class, MeetingRetracted.class, AskMade.class, AskAnswered.class,
                      MemberAdded.class, MemberRoleChanged.class, MemberRemoved.class,
                      ContactForgotten.class);
    }

    /**
     * Every event but an opening looks for its ledger first, so that a projection's batch writes the ledger after
     * the contacts its merges moved facts between.
     */
    @Override
    public void apply(Recorded recorded) {
        LedgerEvent event = recorded.event();
        if (event instanceof LedgerOpened opened) {
            if (ledgers.find(opened.ledgerId()).isEmpty()) { // seen again, it keeps its merges and its version
                ledgers.put(AdvocacyLedger.opened(opened.ledgerId(), opened.meId()));
            }
        } else {
            ledgers.find(event.ledgerId()).ifPresent(ledger -> apply(ledger, event));
        }
    }

    private void apply(AdvocacyLedger ledger, LedgerEvent event) {
        String ledgerId = ledger.ledgerId();
        if (event instanceof ContactAdded added) {
            if (contact(ledgerId, added.contactId()).isEmpty()) {
                put(new ContactFacts(ledgerId, added.contactId(), added.displayName(), false, List.of(), List.of()));
            }
        } else if (event instanceof ContactDetailsChanged change) {
            if (change.displayName() != null) {
                contact(ledgerId, change.contactId()).ifPresent(contact -> put(contact.named(change.displayName())));
            }
        } else if (event instanceof ContactArchived archival) {
            contact(ledgerId, archival.contactId()).ifPresent(contact -> put(contact.archivedNow()));
        } else if (event instanceof ContactsMerged merge) {
            merge(ledger, merge);
        } else {
            sourceKeyOf(event).ifPresent(key -> count(ledger, key, event));
        }
    }

    /**
     * Every source naming the merged contact is classified again with the survivor in its place: its facts move to
     * the survivor (or, merged into me, count no more), and the survivor is named in them from now on.
     */
    private void merge(AdvocacyLedger before, ContactsMerged merge) {
        String ledgerId = before.ledgerId();
        AdvocacyLedger after = before.withMerged(merge.mergedId(), merge.survivorId());
        ledgers.put(after);
        contact(ledgerId, merge.mergedId()).ifPresent(merged -> {
            for (String key : merged.namedIn()) {
                source(ledgerId, key).ifPresent(source -> change(ledgerId, changes(source, before, source, after)));
            }
            contact(ledgerId, after.survivorOf(merge.mergedId()))
                    .ifPresent(survivor -> put(survivor.namedIn(merged.namedIn())));
        });
    }

    /** The source the event changes, kept as it is now, and the facts it gives counted where they count now. */
    private void count(AdvocacyLedger ledger, String key, LedgerEvent event) {
        String ledgerId = ledger.ledgerId();
        Source before = source(ledgerId, key).orElse(null);
        Source after = sourceAfter(before, event);
        if (after == null || after == before) {
            return;
        }
        sources.put(StoredSource.of(ledgerId, after));
        for (String contactId : namedBy(after, ledger)) {
            contact(ledgerId, contactId).ifPresent(contact -> put(contact.namedIn(List.of(after.key()))));
        }
        change(ledgerId, changes(before, ledger, after, ledger));
    }

    private void change(String ledgerId, List<Change> changes) {
        for (Change change : changes) {
            contact(ledgerId, change.contactId()).ifPresent(contact -> put(
                    change.fact() == null ? contact.without(change.key()) : contact.with(change.fact())));
        }
    }

    private Optional<ContactFacts> contact(String ledgerId, String contactId) {
        return contacts.find(StoredAdvocate.key(ledgerId, contactId)).map(StoredAdvocate::contact);
    }

    private void put(ContactFacts contact) {
        contacts.put(StoredAdvocate.of(contact));
    }

    private Optional<Source> source(String ledgerId, String key) {
        return sources.find(StoredSource.key(ledgerId, key)).map(StoredSource::source);
    }

    /** One contact's facts changing: {@code fact} counted (or replaced), or, when null, the fact of {@code key} taken out. */
    private record Change(String contactId, String key, Fact fact) {
    }

    /** The facts of one source, all for one contact: the one who did it. */
    private record Placed(String contactId, List<Fact> facts) {
    }

    /** Everyone a source names as they count now (a merged contact by its survivor), me left out. */
    private static Set<String> namedBy(Source source, AdvocacyLedger ledger) {
        List<String> named = new ArrayList<>();
        if (source.favor() != null) {
            named.addAll(Arrays.asList(source.favor().giverId(), source.favor().receiverId(), source.favor().towardId()));
        } else if (source.introduction() != null) {
            IntroductionMade introduction = source.introduction();
            named.addAll(List.of(introduction.introducerId(), introduction.personAId(), introduction.personBId()));
        } else {
            named.addAll(List.of(source.commitment().promiserId(), source.commitment().promiseeId()));
        }
        Set<String> contacts = new LinkedHashSet<>();
        for (String contactId : named) {
            if (contactId != null && !ledger.survivorOf(contactId).equals(ledger.meId())) {
                contacts.add(ledger.survivorOf(contactId));
            }
        }
        return contacts;
    }

    /**
     * The source a favor's, introduction's or commitment's event changes; empty for any other event. What a
     * projection's batch loads ahead.
     */
    private static Optional<String> sourceKeyOf(LedgerEvent event) {
        return Optional.ofNullable(Named.thingOf(event)).filter(
                thing -> Thing.FAVOR.isKindOf(thing) || Thing.INTRODUCTION.isKindOf(thing)
                        || Thing.COMMITMENT.isKindOf(thing));
    }

    /**
     * The source after one of its events ({@code before} null: not seen yet); {@code before} itself when the event
     * changes nothing (a source seen again, an amendment after the retraction, a second resolution, an outcome seen
     * again). Null when the event follows a source not held.
     */
    private static Source sourceAfter(Source before, LedgerEvent event) {
        if (event instanceof FavorRecorded favor) {
            return before != null ? before
                    : new Source(Named.subjectOf(favor), favor, false, null, List.of(), null, null, null);
        }
        if (event instanceof IntroductionMade introduction) {
            return before != null ? before : new Source(Named.subjectOf(introduction), null, false,
                                                        introduction, List.of(), null, null, null);
        }
        if (event instanceof CommitmentMade commitment) {
            return before != null ? before : new Source(Named.subjectOf(commitment), null, false, null,
                                                        List.of(), commitment, null, null);
        }
        if (before == null) {
            return null;
        }
        if (event instanceof FavorAmended amendment) {
            return before.retracted() ? before : new Source(before.key(), amendment.applyTo(before.favor()), false,
                                                            null, List.of(), null, null, null);
        }
        if (event instanceof FavorRetracted) {
            return new Source(before.key(), before.favor(), true, null, List.of(), null, null, null);
        }
        if (event instanceof IntroductionOutcomeRecorded outcome) {
            if (before.outcomes().stream().anyMatch(seen -> seen.outcomeId().equals(outcome.outcomeId()))) {
                return before;
            }
            List<IntroductionOutcomeRecorded> outcomes = new ArrayList<>(before.outcomes());
            outcomes.add(outcome);
            return new Source(before.key(), null, false, before.introduction(), outcomes, null, null, null);
        }
        if (event instanceof CommitmentResolution resolution) {
            return before.resolution() != null ? before : new Source(before.key(), null, false, null, List.of(),
                    before.commitment(), resolutionOf(resolution), resolution.occurredAt());
        }
        throw new IllegalArgumentException("Not an event of a source: " + event.getClass().getName());
    }

    private static Source.Resolution resolutionOf(CommitmentResolution resolution) {
        if (resolution instanceof CommitmentKept) {
            return Source.Resolution.KEPT;
        }
        if (resolution instanceof CommitmentBroken) {
            return Source.Resolution.BROKEN;
        }
        if (resolution instanceof CommitmentReleased) {
            return Source.Resolution.RELEASED;
        }
        throw new IllegalArgumentException("Unknown resolution " + resolution.getClass().getName());
    }

    /** The facts a source gives, and whose they are, with its people as they count now; empty when none count. */
    private static Optional<Placed> placed(Source source, AdvocacyLedger ledger) {
        if (source.favor() != null) {
            return source.retracted() ? Optional.empty() : placedFavor(source, ledger);
        }
        if (source.introduction() != null) {
            return placedIntroduction(source, ledger);
        }
        return placedCommitment(source, ledger);
    }

    private static Optional<Placed> placedFavor(Source source, AdvocacyLedger ledger) {
        FavorRecorded favor = source.favor();
        String me = ledger.meId();
        String giver = ledger.survivorOf(favor.giverId());
        String receiver = ledger.survivorOf(favor.receiverId());
        String toward = ledger.survivorOf(favor.towardId());
        if (giver.equals(me) || giver.equals(receiver)) {
            return Optional.empty();
        }
        Factor factor;
        if (receiver.equals(me)) {
            boolean towardAnother = toward != null && !toward.equals(me) && !toward.equals(giver);
            factor = towardAnother || ON_MY_BEHALF_KINDS.contains(favor.kind()) ? Factor.ON_MY_BEHALF : Factor.FAVOR_FOR_ME;
        } else if (me.equals(toward)) {
            factor = Factor.ON_MY_BEHALF;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Placed(giver, List.of(new Fact(source.key(), factor, "FavorRecorded", favor.favorId(),
                                                              favor.occurredAt(), favor.weight(), favor.asked(), null))));
    }

    private static Optional<Placed> placedIntroduction(Source source, AdvocacyLedger ledger) {
        IntroductionMade introduction = source.introduction();
        String me = ledger.meId();
        String introducer = ledger.survivorOf(introduction.introducerId());
        String a = ledger.survivorOf(introduction.personAId());
        String b = ledger.survivorOf(introduction.personBId());
        if (introducer.equals(me) || a.equals(b) || introducer.equals(a) || introducer.equals(b)
                || !(a.equals(me) || b.equals(me))) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(source.key(), Factor.INTRODUCED_ME, "IntroductionMade", introduction.introductionId(),
                           introduction.occurredAt(), 0, false, null));
        for (IntroductionOutcomeRecorded outcome : source.outcomes()) {
            if (LED_SOMEWHERE.contains(outcome.outcome())) {
                facts.add(new Fact(source.key() + "/" + outcome.outcomeId(), Factor.INTRODUCTION_LED_SOMEWHERE,
                                   "IntroductionOutcomeRecorded", introduction.introductionId(), outcome.occurredAt(),
                                   0, false, outcome.outcome()));
            }
        }
        return Optional.of(new Placed(introducer, facts));
    }

    private static Optional<Placed> placedCommitment(Source source, AdvocacyLedger ledger) {
        CommitmentMade commitment = source.commitment();
        if (commitment == null || source.resolution() == null || source.resolution() == Source.Resolution.RELEASED) {
            return Optional.empty();
        }
        String promiser = ledger.survivorOf(commitment.promiserId());
        String promisee = ledger.survivorOf(commitment.promiseeId());
        if (promiser.equals(ledger.meId()) || !promisee.equals(ledger.meId())) {
            return Optional.empty();
        }
        boolean kept = source.resolution() == Source.Resolution.KEPT;
        return Optional.of(new Placed(promiser, List.of(new Fact(
                source.key(), kept ? Factor.COMMITMENT_KEPT : Factor.COMMITMENT_BROKEN,
                kept ? "CommitmentKept" : "CommitmentBroken", commitment.commitmentId(), source.resolvedAt(), 0, false,
                null))));
    }

    /**
     * What a source changing from {@code before} (null: new), placed with {@code ledgerBefore}, to {@code after},
     * placed with {@code ledgerAfter}, changes contact by contact: facts it no longer gives are taken out of whoever
     * held them, the ones it gives now are counted. A correction changes the source, a merge the ledger.
     */
    private static List<Change> changes(Source before, AdvocacyLedger ledgerBefore, Source after,
                                        AdvocacyLedger ledgerAfter) {
        Optional<Placed> was = before == null ? Optional.empty() : placed(before, ledgerBefore);
        Optional<Placed> now = placed(after, ledgerAfter);
        List<Change> changes = new ArrayList<>();
        was.ifPresent(placed -> placed.facts().forEach(fact -> {
            boolean stays = now.isPresent() && now.get().contactId().equals(placed.contactId())
                    && now.get().facts().stream().anyMatch(kept -> kept.key().equals(fact.key()));
            if (!stays) {
                changes.add(new Change(placed.contactId(), fact.key(), null));
            }
        }));
        now.ifPresent(placed -> placed.facts().forEach(fact -> changes.add(new Change(placed.contactId(), fact.key(), fact))));
        return changes;
    }
}
