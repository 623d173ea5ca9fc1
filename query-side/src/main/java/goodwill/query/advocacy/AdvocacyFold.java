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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * the survivor. Facts are placed by the parties as they count when the event is seen; a merge moves the merged
 * contact's facts and classifies nothing again, so when a contact is merged into me, what they did is dropped and
 * what others did for them is not recounted as done for me.
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
        return new ContactFacts(added.ledgerId(), added.contactId(), added.displayName(), false, List.of());
    }

    public static ContactFacts changed(ContactFacts contact, ContactDetailsChanged change) {
        return change.displayName() == null ? contact : contact.named(change.displayName());
    }

    public static ContactFacts archived(ContactFacts contact, ContactArchived archival) {
        return contact.archivedNow();
    }

    /** The survivor with every fact of the merged contact counted too (one in both counts once). */
    public static ContactFacts tookOver(ContactFacts survivor, ContactFacts merged) {
        ContactFacts changed = survivor;
        for (Fact fact : merged.facts()) {
            changed = changed.with(fact);
        }
        return changed;
    }

    /** The merged contact, whose facts now count for the survivor, not here. */
    public static ContactFacts mergedAway(ContactFacts merged) {
        return merged.withoutFacts();
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
     * What a source changing from {@code before} (null: new) to {@code after} (null: gone) changes, contact by
     * contact: facts it no longer gives are taken out of whoever held them, the ones it gives now are counted.
     */
    public static List<Change> changes(Source before, Source after, AdvocacyLedger ledger) {
        Optional<Placed> was = before == null ? Optional.empty() : placed(before, ledger);
        Optional<Placed> now = after == null ? Optional.empty() : placed(after, ledger);
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
                ledger = ledger.withMerged(merge.mergedId(), merge.survivorId());
                String survivorId = ledger.survivorOf(merge.mergedId());
                ContactFacts merged = contacts.get(merge.mergedId());
                if (merged != null) {
                    contacts.computeIfPresent(survivorId, (id, survivor) -> tookOver(survivor, merged));
                    contacts.put(merge.mergedId(), mergedAway(merged));
                }
            } else {
                Optional<String> key = sourceKeyOf(event);
                if (key.isPresent()) {
                    Source before = sources.get(key.get());
                    Source after = sourceAfter(before, event);
                    if (after != null && after != before) {
                        sources.put(key.get(), after);
                        for (Change change : changes(before, after, ledger)) {
                            contacts.computeIfPresent(change.contactId(), (id, contact) -> apply(contact, change));
                        }
                    }
                }
            }
        }
        return new History(ledger, contacts);
    }
}
