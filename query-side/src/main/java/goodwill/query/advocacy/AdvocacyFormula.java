package goodwill.query.advocacy;

import goodwill.query.FavorWeight;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one definition of an advocate: who counts as one, and why. A few people who believe in me and act on my
 * behalf outweigh hundreds of casual contacts, so the score rewards what a contact did <em>for</em> me and
 * <em>on my behalf</em>, how often, how recently, and whether they kept their word. Pure: the day it is read
 * ({@code asOf}) is always given.
 *
 * <h2>Facts (selected by {@link AdvocacyFold})</h2>
 * Per contact of a ledger (never me; a merged contact's facts count for the survivor):
 * <ul>
 *   <li>{@link Factor#ON_MY_BEHALF}: a favor the contact gave me toward a third party, or of kind REFERRAL,
 *       INTRODUCTION, RECOMMENDATION or RESUME_FORWARDED; or a favor they gave someone else toward me;</li>
 *   <li>{@link Factor#FAVOR_FOR_ME}: any other favor the contact gave me;</li>
 *   <li>{@link Factor#INTRODUCED_ME}: an introduction the contact made with me as one of the two introduced;</li>
 *   <li>{@link Factor#INTRODUCTION_LED_SOMEWHERE}: each outcome MET, OPPORTUNITY, HIRED or DEAL of such an
 *       introduction (NO_RESPONSE and DECLINED count nothing), dated when it was recorded as happening;</li>
 *   <li>{@link Factor#COMMITMENT_KEPT} / {@link Factor#COMMITMENT_BROKEN}: a promise the contact made me, dated
 *       when it was kept or broken; a released one is neutral.</li>
 * </ul>
 * Favors and introductions are the contact's <em>acts</em>. Retracted favors count nowhere; amended ones count
 * with their amended values. Facts dated after {@code asOf} had not happened yet and count nothing.
 *
 * <h2>Score</h2>
 * <ul>
 *   <li>points of a fact: ON_MY_BEHALF {@code FavorWeight.of(weight, asked) × onMyBehalf}; FAVOR_FOR_ME
 *       {@code FavorWeight.of(weight, asked) × favorForMe} (see {@link FavorWeight}: unasked help weighs 1.5 times);
 *       INTRODUCED_ME {@code introducedMe}; INTRODUCTION_LED_SOMEWHERE {@code met}, {@code opportunity},
 *       {@code hired} or {@code deal} by outcome; commitments 0;</li>
 *   <li>decay: {@code 0.5 ^ (days since it happened / halfLifeDays)}, 1 for a fact of {@code asOf} itself;</li>
 *   <li>reliability: {@code floor + (ceiling - floor) × (kept + 1) / (kept + broken + 2)}, the kept rate smoothed as
 *       if one promise had been kept and one broken before: 1.0 with no kept or broken promise, {@code 1.17} after one
 *       kept, {@code 0.83} after one broken, never below {@code floor} nor above {@code ceiling};</li>
 *   <li>score: {@code (sum of points × decay) × reliability}. The breakdown has the decayed points of each factor
 *       and a {@link Factor#RELIABILITY} row of {@code sum × (reliability - 1)}, so its rows add up to the score.</li>
 * </ul>
 *
 * <h2>Tiers, the first that applies</h2>
 * <ol>
 *   <li>{@link Tier#DORMANT}: mattered once (undecayed points at least {@code dormantPoints}) but no act for
 *       {@code dormantQuietDays} or more: a tie worth renewing;</li>
 *   <li>{@link Tier#ADVOCATE}: score at least {@code advocateScore}, at least {@code advocateActs} acts, and an act on
 *       my behalf (ON_MY_BEHALF or INTRODUCED_ME) within the last {@code advocateRecentDays} days;</li>
 *   <li>{@link Tier#ALLY}: score at least {@code allyScore};</li>
 *   <li>{@link Tier#ACQUAINTANCE}: everyone else, little or nothing done for me yet.</li>
 * </ol>
 * Days are whole days from the fact to {@code asOf}. A ranking sorts by score rounded to two decimals, highest
 * first, then by name ignoring case, then by contact id.
 *
 * <h2>Versions</h2>
 * {@link #VERSION} names this definition, fact selection included, and is shown with every answer. Change any of it
 * (a parameter, a rule, which facts are kept) and raise it: it is the projection's {@code ReadModelVersion}, so the
 * first start of the new version rebuilds the read model from history, re-ranking all of it with the new definition.
 * Until then (on a node still waiting for another to rebuild it) the projection's record, on each ledger, of the
 * version that selected its facts makes an answer from facts of another version say that a replay is due.
 */
public final class AdvocacyFormula {

    public static final int VERSION = 1;

    /**
     * Every number the formula uses, with the version they belong to; a test may vary them to show that the same
     * history ranks otherwise.
     */
    public record Parameters(int version,
                             double halfLifeDays,
                             double onMyBehalf,
                             double favorForMe,
                             double introducedMe,
                             double met,
                             double opportunity,
                             double hired,
                             double deal,
                             double reliabilityFloor,
                             double reliabilityCeiling,
                             double advocateScore,
                             int advocateActs,
                             int advocateRecentDays,
                             double allyScore,
                             double dormantPoints,
                             int dormantQuietDays) {
    }

    /** Version 1: a fact's weight halves in a year. */
    public static final double HALF_LIFE_DAYS = 365;
    /** Version 1: a favor on my behalf is worth twice its weight… */
    public static final double ON_MY_BEHALF = 2.0;
    /** …a favor for me its weight. */
    public static final double FAVOR_FOR_ME = 1.0;
    /** Version 1: points of an introduction of me. */
    public static final double INTRODUCED_ME = 6;
    /** Version 1: points of an introduction of me that led to a meeting… */
    public static final double MET = 2;
    /** …to an opportunity… */
    public static final double OPPORTUNITY = 3;
    /** …to a hire… */
    public static final double HIRED = 5;
    /** …to a deal. */
    public static final double DEAL = 5;
    /** Version 1: reliability never below this (every promise broken)… */
    public static final double RELIABILITY_FLOOR = 0.5;
    /** …nor above this (every promise kept). */
    public static final double RELIABILITY_CEILING = 1.5;
    /** Version 1: an advocate scores at least this… */
    public static final double ADVOCATE_SCORE = 60;
    /** …with at least this many acts… */
    public static final int ADVOCATE_ACTS = 3;
    /** …one of them on my behalf within this many days (two years). */
    public static final int ADVOCATE_RECENT_DAYS = 730;
    /** Version 1: an ally scores at least this. */
    public static final double ALLY_SCORE = 6;
    /** Version 1: a dormant tie mattered once, this many points before decay… */
    public static final double DORMANT_POINTS = 15;
    /** …and did nothing for this many days (a year and a half). */
    public static final int DORMANT_QUIET_DAYS = 548;

    /** Version 1: chosen so that the sample network's cast comes out as its javadoc describes it. */
    public static final Parameters V1 = new Parameters(VERSION, HALF_LIFE_DAYS, ON_MY_BEHALF, FAVOR_FOR_ME,
                                                       INTRODUCED_ME, MET, OPPORTUNITY, HIRED, DEAL,
                                                       RELIABILITY_FLOOR, RELIABILITY_CEILING, ADVOCATE_SCORE,
                                                       ADVOCATE_ACTS, ADVOCATE_RECENT_DAYS, ALLY_SCORE, DORMANT_POINTS,
                                                       DORMANT_QUIET_DAYS);

    private static final AdvocacyFormula CURRENT = new AdvocacyFormula(V1);

    private static final List<Factor> POINT_FACTORS = List.of(
            Factor.ON_MY_BEHALF, Factor.FAVOR_FOR_ME, Factor.INTRODUCED_ME, Factor.INTRODUCTION_LED_SOMEWHERE);

    private final Parameters parameters;

    public AdvocacyFormula(Parameters parameters) {
        this.parameters = parameters;
    }

    /** The formula the application runs: version {@value #VERSION}. */
    public static AdvocacyFormula current() {
        return CURRENT;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The fact's points before decay. */
    public double points(Fact fact) {
        return switch (fact.factor()) {
            case ON_MY_BEHALF -> FavorWeight.of(fact.weight(), fact.asked()) * parameters.onMyBehalf();
            case FAVOR_FOR_ME -> FavorWeight.of(fact.weight(), fact.asked()) * parameters.favorForMe();
            case INTRODUCED_ME -> parameters.introducedMe();
            case INTRODUCTION_LED_SOMEWHERE -> switch (fact.outcome()) {
                case MET -> parameters.met();
                case OPPORTUNITY -> parameters.opportunity();
                case HIRED -> parameters.hired();
                case DEAL -> parameters.deal();
                default -> 0;
            };
            default -> 0;
        };
    }

    /** How much of its points a fact of {@code occurredAt} still counts on {@code asOf}: halved every half-life. */
    public double decay(Instant occurredAt, Instant asOf) {
        double days = Math.max(0, Duration.between(occurredAt, asOf).toSeconds() / 86_400.0);
        return Math.pow(0.5, days / parameters.halfLifeDays());
    }

    /** The factor kept and broken promises multiply the score by. */
    public double reliability(int kept, int broken) {
        double smoothedKeptRate = (kept + 1.0) / (kept + broken + 2.0);
        return parameters.reliabilityFloor()
                + (parameters.reliabilityCeiling() - parameters.reliabilityFloor()) * smoothedKeptRate;
    }

    /** The contact's score on {@code asOf}, with its breakdown, tier, the facts behind it (newest first) and why. */
    public Score score(ContactFacts contact, Instant asOf) {
        List<ScoredFact> facts = new ArrayList<>();
        double decayed = 0;
        double undecayed = 0;
        int kept = 0;
        int broken = 0;
        int acts = 0;
        Instant lastAct = null;
        Instant lastOnMyBehalf = null;
        for (Fact fact : contact.facts()) {
            if (fact.occurredAt().isAfter(asOf)) {
                continue;
            }
            double points = points(fact);
            ScoredFact scored = new ScoredFact(fact, points, points * decay(fact.occurredAt(), asOf));
            facts.add(scored);
            decayed += scored.decayedPoints();
            undecayed += points;
            kept += fact.factor() == Factor.COMMITMENT_KEPT ? 1 : 0;
            broken += fact.factor() == Factor.COMMITMENT_BROKEN ? 1 : 0;
            if (fact.isAct()) {
                acts++;
                lastAct = latest(lastAct, fact.occurredAt());
                if (fact.factor() != Factor.FAVOR_FOR_ME) {
                    lastOnMyBehalf = latest(lastOnMyBehalf, fact.occurredAt());
                }
            }
        }
        double reliability = reliability(kept, broken);
        double score = decayed * reliability;
        List<FactorPoints> breakdown = new ArrayList<>();
        for (Factor factor : POINT_FACTORS) {
            breakdown.add(new FactorPoints(factor,
                                           (int) facts.stream().filter(scored -> scored.fact().factor() == factor).count(),
                                           facts.stream().filter(scored -> scored.fact().factor() == factor)
                                                .mapToDouble(ScoredFact::decayedPoints).sum()));
        }
        breakdown.add(new FactorPoints(Factor.RELIABILITY, kept + broken, decayed * (reliability - 1)));
        Tier tier = tier(score, undecayed, acts, lastAct, lastOnMyBehalf, asOf);
        facts.sort(Comparator.comparing((ScoredFact scored) -> scored.fact().occurredAt()).reversed()
                             .thenComparing(scored -> scored.fact().key()));
        return new Score(contact.contactId(), contact.name(), contact.archived(), score, tier, breakdown, kept, broken,
                         reliability, lastAct, facts, why(tier, breakdown, kept, broken, undecayed, lastAct, asOf));
    }

    private Tier tier(double score, double undecayed, int acts, Instant lastAct, Instant lastOnMyBehalf, Instant asOf) {
        if (undecayed >= parameters.dormantPoints() && lastAct != null
                && days(lastAct, asOf) >= parameters.dormantQuietDays()) {
            return Tier.DORMANT;
        }
        if (score >= parameters.advocateScore() && acts >= parameters.advocateActs() && lastOnMyBehalf != null
                && days(lastOnMyBehalf, asOf) <= parameters.advocateRecentDays()) {
            return Tier.ADVOCATE;
        }
        return score >= parameters.allyScore() ? Tier.ALLY : Tier.ACQUAINTANCE;
    }

    /**
     * Every contact of the ledger but me and those merged away, ranked on {@code asOf}: by score rounded to two
     * decimals, highest first, then by name ignoring case, then by contact id.
     */
    public List<Score> rank(AdvocacyLedger ledger, Collection<ContactFacts> contacts, Instant asOf) {
        return contacts.stream()
                       .filter(contact -> !contact.contactId().equals(ledger.meId()) && !ledger.isMerged(contact.contactId()))
                       .map(contact -> score(contact, asOf))
                       .sorted(Comparator.comparingDouble((Score score) -> -rounded(score.score()))
                                         .thenComparing(score -> score.name() == null ? "" : score.name(),
                                                        String.CASE_INSENSITIVE_ORDER)
                                         .thenComparing(Score::contactId))
                       .toList();
    }

    /** Two decimals, as every answer shows scores and points. */
    public static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static long days(Instant from, Instant to) {
        return Duration.between(from, to).toDays();
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static String why(Tier tier, List<FactorPoints> breakdown, int kept, int broken, double undecayed,
                              Instant lastAct, Instant asOf) {
        String acts = acts(breakdown);
        String promises = kept + broken == 0 ? "" : "; kept " + kept + " of " + (kept + broken) + " promises made to me";
        String last = lastAct == null ? "" : ", the latest on " + LocalDate.ofInstant(lastAct, ZoneOffset.UTC);
        return switch (tier) {
            case ADVOCATE -> "An advocate: " + acts + last + promises + ".";
            case ALLY -> "An ally: " + acts + last + promises + ".";
            case DORMANT -> "Dormant: mattered once (" + acts + ", " + String.format(Locale.ROOT, "%.2f", undecayed)
                    + " points before decay) but has done nothing for me since "
                    + LocalDate.ofInstant(lastAct, ZoneOffset.UTC) + ", " + days(lastAct, asOf) + " days ago" + promises + ".";
            case ACQUAINTANCE -> acts.isEmpty()
                    ? "An acquaintance: has done nothing for me yet" + promises + "."
                    : "An acquaintance: " + acts + last + promises + ", not yet enough for an ally.";
        };
    }

    /** "acted on my behalf 3 times, introduced me twice (1 led somewhere) and did me 2 other favors", or empty. */
    private static String acts(List<FactorPoints> breakdown) {
        int onMyBehalf = count(breakdown, Factor.ON_MY_BEHALF);
        int introduced = count(breakdown, Factor.INTRODUCED_ME);
        int ledSomewhere = count(breakdown, Factor.INTRODUCTION_LED_SOMEWHERE);
        int favors = count(breakdown, Factor.FAVOR_FOR_ME);
        List<String> parts = new ArrayList<>();
        if (onMyBehalf > 0) {
            parts.add("acted on my behalf " + times(onMyBehalf));
        }
        if (introduced > 0) {
            parts.add("introduced me " + times(introduced) + " (" + (ledSomewhere == 0 ? "none" : ledSomewhere)
                              + " outcome" + (ledSomewhere == 1 ? "" : "s") + " that led somewhere)");
        }
        if (favors > 0) {
            parts.add("did me " + favors + (onMyBehalf > 0 ? " other" : "") + " favor" + (favors == 1 ? "" : "s"));
        }
        if (parts.size() < 2) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static int count(List<FactorPoints> breakdown, Factor factor) {
        return breakdown.stream().filter(row -> row.factor() == factor).mapToInt(FactorPoints::count).sum();
    }

    private static String times(int count) {
        return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
    }
}
