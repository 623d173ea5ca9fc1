package goodwill.query.advocacy;

import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.CommitmentResolution;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactDetailsChanged;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which facts count in an advocacy score, as pure functions: no I/O, no clock. The projection applies them to
 * documents, a report to a history up to a date, a test to a list of events; {@link AdvocacyFormula} scores what
 * they keep. The selection is part of the formula's {@linkplain AdvocacyFormula#VERSION version}, documented there.
 * <p>
 * Corrections count as they say: a retracted favor counts nowhere, an amended one is classified again with its
 * amended values (it may now be done for someone else), and a merged contact's facts, earlier and later, count for
 * the survivor. A fact's place depends only on its source as corrected and the ledger's merges: a merge classifies
 * every source naming the merged contact again (a favor toward the survivor is no longer toward a third party; a
 * contact merged into me did nothing for me, and what they were given was given to me). So the facts stored do not
 * depend on the order events were seen in, nor on an event being seen twice.
 */
public final class AdvocacyFold {

    /** Favor kinds that speak for me to whoever hears them: done for me, they are done on my behalf. */
    static final Set<FavorKind> ON_MY_BEHALF_KINDS =
            EnumSet.of(FavorKind.REFERRAL, FavorKind.INTRODUCTION, FavorKind.RECOMMENDATION, FavorKind.RESUME_FORWARDED);

    /** Outcomes of an introduction that show it led somewhere; no response and declined do not. */
    static final Set<IntroductionOutcome> LED_SOMEWHERE = EnumSet.of(
            IntroductionOutcome.MET, IntroductionOutcome.OPPORTUNITY, IntroductionOutcome.HIRED, IntroductionOutcome.DEAL);

    private AdvocacyFold() {
    }

    /** A ledger's history folded: who me is, the merges, and every contact with their facts, by contact id. */
    public record History(AdvocacyLedger ledger, Map<String, ContactFacts> contacts) {
    }

    /** One contact's facts changing: {@code fact} counted (or replaced), or, when null, the fact of {@code key} taken out. */
    public record Change(String contactId, String key, Fact fact) {
    }

    /** The facts of one source, all for one contact: the one who did it. */
    record Placed(String contactId, List<Fact> facts) {
    }

    public static ContactFacts added(ContactAdded added) {
        return new ContactFacts(added.ledgerId(), added.contactId(), added.displayName(), false, List.of(), List.of());
    }

    public static ContactFacts changed(ContactFacts contact, ContactDetailsChanged change) {
        return change.displayName() == null ? contact : contact.named(change.displayName());
    }

    public static ContactFacts archived(ContactFacts contact, ContactArchived archival) {
        return contact.archivedNow();
    }

    /** The survivor, named from now on in every source that names the merged contact. */
    public static ContactFacts tookOver(ContactFacts survivor, ContactFacts merged) {
        return survivor.namedIn(merged.namedIn());
    }

    /** Everyone a source names as they count now (a merged contact by its survivor), me left out. */
    public static Set<String> namedBy(Source source, AdvocacyLedger ledger) {
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

    /** The source a favor's, introduction's or commitment's event changes; empty for any other event. */
    public static Optional<String> sourceKeyOf(LedgerEvent event) {
        if (event instanceof FavorRecorded favor) {
            return Optional.of(favorKey(favor.favorId()));
        }
        if (event instanceof FavorAmended amendment) {
            return Optional.of(favorKey(amendment.favorId()));
        }
        if (event instanceof FavorRetracted retraction) {
            return Optional.of(favorKey(retraction.favorId()));
        }
        if (event instanceof IntroductionMade introduction) {
            return Optional.of(introductionKey(introduction.introductionId()));
        }
        if (event instanceof IntroductionOutcomeRecorded outcome) {
            return Optional.of(introductionKey(outcome.introductionId()));
        }
        if (event instanceof CommitmentMade commitment) {
            return Optional.of(commitmentKey(commitment.commitmentId()));
        }
        if (event instanceof CommitmentResolution resolution) {
            return Optional.of(commitmentKey(resolution.commitmentId()));
        }
        return Optional.empty();
    }

    static String favorKey(String favorId) {
        return "favor:" + favorId;
    }

    static String introductionKey(String introductionId) {
        return "introduction:" + introductionId;
    }

    static String commitmentKey(String commitmentId) {
        return "commitment:" + commitmentId;
    }

    /**
     * The source after one of its events ({@code before} null: not seen yet); {@code before} itself when the event
     * changes nothing (a source seen again, an amendment after the retraction, a second resolution, an outcome seen
     * again). Null when the event follows a source never recorded: a broken history.
     */
    public static Source sourceAfter(Source before, LedgerEvent event) {
        if (event instanceof FavorRecorded favor) {
            return before != null ? before
                    : new Source(favorKey(favor.favorId()), favor, false, null, List.of(), null, null, null);
        }
        if (event instanceof IntroductionMade introduction) {
            return before != null ? before : new Source(introductionKey(introduction.introductionId()), null, false,
                                                        introduction, List.of(), null, null, null);
        }
        if (event instanceof CommitmentMade commitment) {
            return before != null ? before : new Source(commitmentKey(commitment.commitmentId()), null, false, null,
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
    static Optional<Placed> placed(Source source, AdvocacyLedger ledger) {
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
     * What a source changing from {@code before} (null: new) to {@code after} changes, contact by contact: facts it
     * no longer gives are taken out of whoever held them, the ones it gives now are counted.
     */
    public static List<Change> changes(Source before, Source after, AdvocacyLedger ledger) {
        return changes(before, ledger, after, ledger);
    }

    /** What a merge changes for a source: its people as they counted before the merge, and as they count after it. */
    public static List<Change> changes(Source source, AdvocacyLedger beforeMerge, AdvocacyLedger afterMerge) {
        return changes(source, beforeMerge, source, afterMerge);
    }

    private static List<Change> changes(Source before, AdvocacyLedger ledgerBefore, Source after,
                                        AdvocacyLedger ledgerAfter) {
        Optional<Placed> was = before == null ? Optional.empty() : placed(before, ledgerBefore);
        Optional<Placed> now = after == null ? Optional.empty() : placed(after, ledgerAfter);
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

    public static ContactFacts apply(ContactFacts contact, Change change) {
        return change.fact() == null ? contact.without(change.key()) : contact.with(change.fact());
    }

    /**
     * One ledger's history folded, in the order given: who me is (from its opening; events before it and of
     * other ledgers are ignored), merges, and every contact added, merged ones included with no facts.
     */
    public static History fold(List<? extends LedgerEvent> history) {
        AdvocacyLedger ledger = null;
        Map<String, ContactFacts> contacts = new LinkedHashMap<>();
        Map<String, Source> sources = new HashMap<>();
        for (LedgerEvent event : history) {
            if (event instanceof LedgerOpened opened) {
                if (ledger == null) {
                    ledger = AdvocacyLedger.opened(opened.ledgerId(), opened.meId());
                }
                continue;
            }
            if (ledger == null || !event.ledgerId().equals(ledger.ledgerId())) {
                continue;
            }
            if (event instanceof ContactAdded added) {
                contacts.putIfAbsent(added.contactId(), added(added));
            } else if (event instanceof ContactDetailsChanged change) {
                contacts.computeIfPresent(change.contactId(), (id, contact) -> changed(contact, change));
            } else if (event instanceof ContactArchived archival) {
                contacts.computeIfPresent(archival.contactId(), (id, contact) -> archived(contact, archival));
            } else if (event instanceof ContactsMerged merge) {
                AdvocacyLedger before = ledger;
                ledger = ledger.withMerged(merge.mergedId(), merge.survivorId());
                ContactFacts merged = contacts.get(merge.mergedId());
                if (merged != null) {
                    for (String key : merged.namedIn()) {
                        applyAll(contacts, changes(sources.get(key), before, ledger));
                    }
                    contacts.computeIfPresent(ledger.survivorOf(merge.mergedId()),
                                              (id, survivor) -> tookOver(survivor, merged));
                }
            } else {
                Optional<String> key = sourceKeyOf(event);
                if (key.isPresent()) {
                    Source before = sources.get(key.get());
                    Source after = sourceAfter(before, event);
                    if (after != null && after != before) {
                        sources.put(key.get(), after);
                        for (String contactId : namedBy(after, ledger)) {
                            contacts.computeIfPresent(contactId, (id, contact) -> contact.namedIn(List.of(after.key())));
                        }
                        applyAll(contacts, changes(before, after, ledger));
                    }
                }
            }
        }
        return new History(ledger, contacts);
    }

    private static void applyAll(Map<String, ContactFacts> contacts, List<Change> changes) {
        for (Change change : changes) {
            contacts.computeIfPresent(change.contactId(), (id, contact) -> apply(contact, change));
        }
    }
}
