package goodwill.ops.demo;

import goodwill.command.ask.AnswerAsk;
import goodwill.command.ask.MakeAsk;
import goodwill.command.commitment.CommitmentStatus;
import goodwill.command.commitment.MakeCommitment;
import goodwill.command.commitment.ResolveCommitment;
import goodwill.command.contact.AddContact;
import goodwill.command.contact.ArchiveContact;
import goodwill.command.contact.ChangeContactDetails;
import goodwill.command.contact.MergeContact;
import goodwill.command.favor.AmendFavor;
import goodwill.command.favor.RecordFavor;
import goodwill.command.favor.RetractFavor;
import goodwill.command.introduction.MakeIntroduction;
import goodwill.command.introduction.RecordIntroductionOutcome;
import goodwill.command.ledger.OpenLedger;
import goodwill.command.meeting.RecordMeeting;
import goodwill.events.AskOutcome;
import goodwill.events.FavorKind;
import goodwill.events.IntroductionOutcome;
import goodwill.events.MeetingKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Three years of one person's professional network (Maya Chen's, a consultant), as the commands that record
 * it, in the order they are to be sent. It exists so that a fresh install, a demo and the read models' tests
 * have a history with something true to find in it.
 * <p>
 * Deterministic: the same seed and size give the same commands, whatever the day (the network runs from
 * {@link #START} for {@link #SPAN_DAYS} days, all of it in the past). Every id is derived from the seed's
 * generation, so sending the commands again records nothing new. The only thing not known in advance is
 * me's id, which the ledger chooses when it is opened: {@link #commands(String)} takes it.
 * <p>
 * The cast ({@link #cast()}), built in so that reports have something to find:
 * <ul>
 *   <li><b>advocates</b> (5): all through the three years they do me unasked favors (referrals,
 *       recommendations, introductions), often toward a third party on my behalf, introduce me to people
 *       whose introductions lead somewhere, keep nearly every promise and help when I ask; I give back, and
 *       many of their favors return mine ({@code reciprocatesFavorId}, weeks to months later);</li>
 *   <li><b>never reciprocators</b> (5, or fewer in a small network): I do them favors and they ask me for more,
 *       but my own asks (two to four each) are left without response ({@code NO_RESPONSE});</li>
 *   <li><b>dormant ties</b> (one in thirty contacts): much given and received in the first year, nothing in
 *       the last one;</li>
 *   <li><b>allies</b> (one in eight): a steady, two-way relationship, asked rather than unasked, with the
 *       odd declined ask and broken or released commitment; some change jobs
 *       ({@code ChangeContactDetails});</li>
 *   <li><b>casual contacts</b>, everyone else: one or two touches (a meeting, a small favor); one of them
 *       is archived, having left the industry;</li>
 *   <li>two <b>duplicates</b> of allies, added under another spelling, touched once and merged into the
 *       ally; three favors recorded twice by mistake and the copy retracted; four favors amended.</li>
 * </ul>
 */
public final class SampleNetwork {

    public static final String LEDGER_ID = "demo";
    public static final String OWNER_NAME = "Maya Chen";
    public static final long DEFAULT_SEED = 20230904L;
    public static final int DEFAULT_CONTACTS = 300;
    /** The smallest network that still has its whole cast. */
    public static final int MIN_CONTACTS = 30;
    /**
     * A fixed start, so that the network is the same on every day it is generated; recent enough that the
     * "last year" of the network is close to the present, and old enough that all of it is in the past.
     */
    public static final LocalDate START = LocalDate.of(2023, 9, 4);
    public static final int SPAN_DAYS = 3 * 365;

    private static final String[] FIRST_NAMES = {
        "Ana", "Bo", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Kavya", "Liam",
        "Marta", "Nikhil", "Olga", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wei", "Ximena",
        "Yusuf", "Zoe", "Aisha", "Ben", "Chloe", "Diego", "Emma", "Felix", "Gita", "Hana", "Ivan", "Julia",
        "Kenji", "Lena", "Mateo", "Nora", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula", "Victor",
        "Wanda", "Yara", "Zain", "Amara", "Bruno", "Clara", "Daniel", "Eva", "Fatima", "Gabriel", "Helen"};
    private static final String[] LAST_NAMES = {
        "Ruiz", "Chen", "Okafor", "Patel", "Novak", "Haddad", "Kim", "Moreau", "Silva", "Berg", "Iyer",
        "Walsh", "Costa", "Rao", "Petrova", "Alves", "Murphy", "Lopez", "Khan", "Singh", "Tanaka", "Weber",
        "Zhang", "Garcia", "Demir", "Fischer", "Nakamura", "Jensen", "Rossi", "Kowalski", "Mensah", "Dubois",
        "Schmidt", "Haas", "Varga", "Lindqvist", "Oliveira", "Hughes", "Sato", "Mendes", "Adeyemi", "Brennan",
        "Castro", "Dalton", "Eriksen", "Farouk", "Gomez", "Horvat", "Ito", "Jovanovic", "Keller", "Larsen"};
    private static final String[] ORGANIZATIONS = {
        "Initech", "Northwind Analytics", "Blue Harbor Capital", "Lumen Health", "Acme Logistics", "Fjord Labs",
        "Orbit Retail", "Cedar & Pine Partners", "Helix Bio", "Quantum Freight", "Meridian Bank", "Sparrow AI",
        "Tidewater Energy", "Atlas Recruiting", "Kestrel Media", "Granite Insurance", "Pioneer Robotics",
        "Solstice Foods", "Vantage Consulting", "Brightline Schools", "Copperleaf Software", "Redwood Ventures"};
    private static final String[] ROLES = {
        "Engineering manager", "Head of Data", "CTO", "Product lead", "Recruiter", "Partner", "Founder",
        "VP Sales", "Staff engineer", "Design director", "Operations manager", "Investor", "COO",
        "Head of People", "Principal consultant", "Marketing lead", "Data scientist", "Account executive"};
    private static final String[] TAGS = {
        "hiring", "ml", "fintech", "health", "investor", "founder", "recruiter", "speaker", "open-source",
        "climate", "design", "sales", "lisbon", "berlin", "london", "alumni", "mentor", "board"};
    private static final String[] PLACES = {
        "Café Luz, Lisbon", "The Grind, London", "Oberholz, Berlin", "Time Out Market, Lisbon",
        "WeWork Aldgate, London", "Factory Berlin", "Second Home, Lisbon", "Monmouth Coffee, London",
        "Web Summit, Lisbon", "Hotel lobby, Amsterdam", "Their office", "My office", "Bistro Nord, Berlin"};
    private static final String[] HOW_WE_MET = {
        "Met at a conference", "Former colleague", "Introduced by a friend", "University alumni",
        "Met at a meetup", "Reached out on LinkedIn", "Worked together on a client project", "Speaker dinner"};
    private static final FavorKind[] ADVOCACY = {
        FavorKind.REFERRAL, FavorKind.RECOMMENDATION, FavorKind.INTRODUCTION, FavorKind.RESUME_FORWARDED};
    private static final FavorKind[] EVERYDAY = {
        FavorKind.ADVICE, FavorKind.RESOURCE, FavorKind.SUPPORT, FavorKind.OTHER, FavorKind.ADVICE};
    private static final MeetingKind[] ONE_TO_ONE = {
        MeetingKind.COFFEE, MeetingKind.MEAL, MeetingKind.CALL, MeetingKind.VIDEO, MeetingKind.COFFEE};

    /** Who plays which part, by contact id. */
    public record Cast(List<String> advocates,
                       List<String> neverReciprocators,
                       List<String> dormant,
                       List<String> allies,
                       List<String> casual,
                       List<String> mergedDuplicates,
                       String archived) {
    }

    private final long seed;
    private final int contacts;

    public SampleNetwork(long seed, int contacts) {
        if (contacts < MIN_CONTACTS) {
            throw new IllegalArgumentException("A sample network has at least " + MIN_CONTACTS + " contacts");
        }
        Instant end = START.plusDays(SPAN_DAYS + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (end.isAfter(Instant.now())) {
            throw new IllegalStateException("The sample network would reach into the future (until " + end + ")");
        }
        this.seed = seed;
        this.contacts = contacts;
    }

    /** The network the demo loads: {@value #DEFAULT_CONTACTS} contacts. */
    public static SampleNetwork standard() {
        return new SampleNetwork(DEFAULT_SEED, DEFAULT_CONTACTS);
    }

    /** The first command, to be sent before {@link #commands(String)}: it answers me's id. */
    public OpenLedger opening() {
        return new OpenLedger(LEDGER_ID, OWNER_NAME, DemoLoader.RECORDED_BY);
    }

    public Cast cast() {
        return new Generation(seed, contacts, "me").cast;
    }

    /** Everything after the opening, in the order to send it; {@code meId} is what the opening answered. */
    public List<Object> commands(String meId) {
        return new Generation(seed, contacts, meId).commands();
    }

    /** One pass of the generator: the random source is consumed in one fixed order, hence determinism. */
    private static final class Generation {

        private final Random random;
        private final String me;
        private final List<Timed> timeline = new ArrayList<>();
        private final Map<String, Person> people = new HashMap<>();
        private final Set<String> usedNames = new HashSet<>();
        /** Per contact, the favors between them and me not yet returned, oldest first, by giver side. */
        private final Map<String, Deque<Timed>> mineToReturn = new HashMap<>();
        private final Map<String, Deque<Timed>> theirsToReturn = new HashMap<>();
        private final List<Timed> plainFavors = new ArrayList<>();
        /** Advocates and allies: never archived nor merged away, so they can be named at any time. */
        private final List<String> stable = new ArrayList<>();
        private final Map<String, Integer> lastTouch = new HashMap<>();
        private final Cast cast;
        private int sequence;

        private record Timed(Instant at, int order, Object command) {
        }

        private record Person(String id, String name, String organization, String role, int joinedDay) {
        }

        Generation(long seed, int contacts, String me) {
            this.random = new Random(seed);
            this.me = me;
            int advocates = 5;
            int never = 5;
            int dormant = Math.max(3, contacts / 30);
            int allies = Math.max(4, contacts / 8);
            int casual = contacts - advocates - never - dormant - allies;
            List<String> advocateIds = addPeople(advocates, 0, 60);
            List<String> neverIds = addPeople(never, 30, 400);
            List<String> dormantIds = addPeople(dormant, 0, 90);
            List<String> allyIds = addPeople(allies, 0, SPAN_DAYS / 2);
            List<String> casualIds = addPeople(casual, 0, SPAN_DAYS - 40);
            stable.addAll(advocateIds);
            stable.addAll(allyIds);

            advocateIds.forEach(this::advocate);
            neverIds.forEach(this::neverReciprocator);
            dormantIds.forEach(this::dormantTie);
            allyIds.forEach(this::ally);
            casualIds.forEach(this::casualContact);
            gatherings();
            String archived = archiveOne(casualIds);
            List<String> duplicates = List.of(duplicate(allyIds.get(0)), duplicate(allyIds.get(1)));
            for (int i = 0; i < 3 && !plainFavors.isEmpty(); i++) {
                recordedTwice(plainFavors.remove(random.nextInt(plainFavors.size())));
            }
            for (int i = 0; i < 4 && !plainFavors.isEmpty(); i++) {
                amend(plainFavors.remove(random.nextInt(plainFavors.size())), i);
            }
            for (int i = 0; i < Math.min(5, allyIds.size()); i++) {
                changesJob(allyIds.get(i));
            }
            this.cast = new Cast(advocateIds, neverIds, dormantIds, allyIds, casualIds, duplicates, archived);
        }

        List<Object> commands() {
            return timeline.stream()
                    .sorted(Comparator.comparing(Timed::at).thenComparingInt(Timed::order))
                    .map(Timed::command)
                    .toList();
        }

        private void advocate(String id) {
            Person person = people.get(id);
            for (int day = person.joinedDay() + between(5, 25); day < SPAN_DAYS - 2; day += between(6, 16)) {
                int roll = random.nextInt(100);
                if (roll < 32) {
                    String toward = random.nextInt(100) < 45 ? thirdParty(day, id) : null;
                    favorToMe(id, pick(ADVOCACY), between(3, 5), false, day, toward, 70);
                } else if (roll < 45) {
                    introductionOfMe(id, day);
                } else if (roll < 60) {
                    favorFromMe(id, random.nextBoolean() ? pick(EVERYDAY) : pick(ADVOCACY), between(2, 4),
                                random.nextBoolean(), day, 60);
                } else if (roll < 75) {
                    meeting(id, pick(ONE_TO_ONE), day, random.nextBoolean() ? id : me);
                } else if (roll < 85) {
                    commitment(id, me, day, 95);
                } else if (roll < 95) {
                    askAnswered(me, id, day, AskOutcome.HELPED);
                } else {
                    commitment(me, id, day, 85);
                }
            }
        }

        private void neverReciprocator(String id) {
            Person person = people.get(id);
            int day = person.joinedDay() + between(3, 15);
            meeting(id, pick(ONE_TO_ONE), day, id);
            int favors = between(4, 7);
            for (int i = 0; i < favors && day < SPAN_DAYS - 200; i++) {
                day += between(10, 40);
                if (random.nextInt(3) == 0) {
                    askAnswered(id, me, day, AskOutcome.HELPED);
                } else {
                    favorFromMe(id, pick(random.nextBoolean() ? ADVOCACY : EVERYDAY), between(2, 4),
                                random.nextBoolean(), day, 0);
                }
            }
            int asks = between(2, 4);
            for (int i = 0; i < asks; i++) {
                day += between(20, 50);
                askAnswered(me, id, day, AskOutcome.NO_RESPONSE);
            }
        }

        private void dormantTie(String id) {
            Person person = people.get(id);
            int until = Math.min(person.joinedDay() + 320, SPAN_DAYS - 420);
            for (int day = person.joinedDay() + between(3, 12); day < until; day += between(12, 35)) {
                int roll = random.nextInt(100);
                if (roll < 35) {
                    favorToMe(id, pick(random.nextBoolean() ? ADVOCACY : EVERYDAY), between(2, 5),
                              random.nextBoolean(), day, null, 50);
                } else if (roll < 60) {
                    favorFromMe(id, pick(EVERYDAY), between(2, 4), random.nextBoolean(), day, 50);
                } else if (roll < 85) {
                    meeting(id, pick(ONE_TO_ONE), day, random.nextBoolean() ? id : me);
                } else {
                    commitment(id, me, day, 80);
                }
            }
        }

        private void ally(String id) {
            Person person = people.get(id);
            for (int day = person.joinedDay() + between(5, 30); day < SPAN_DAYS - 2; day += between(18, 45)) {
                int roll = random.nextInt(100);
                if (roll < 25) {
                    meeting(id, pick(ONE_TO_ONE), day, random.nextBoolean() ? id : me);
                } else if (roll < 42) {
                    favorToMe(id, pick(EVERYDAY), between(1, 3), random.nextInt(4) > 0, day, null, 50);
                } else if (roll < 60) {
                    favorFromMe(id, pick(EVERYDAY), between(1, 3), random.nextInt(4) > 0, day, 50);
                } else if (roll < 72) {
                    askAnswered(me, id, day, random.nextInt(3) == 0 ? AskOutcome.DECLINED : AskOutcome.HELPED);
                } else if (roll < 82) {
                    askAnswered(id, me, day, random.nextInt(5) == 0 ? AskOutcome.DECLINED : AskOutcome.HELPED);
                } else if (roll < 92) {
                    boolean mine = random.nextBoolean();
                    commitment(mine ? me : id, mine ? id : me, day, 65);
                } else {
                    String other = thirdParty(day, id);
                    if (other != null) {
                        introduction(me, id, other, day, "Both work on " + pick(TAGS));
                    }
                }
            }
        }

        /** Events I go to with a few of the people I keep seeing: meetings of more than two. */
        private void gatherings() {
            for (int day = between(10, 20); day < SPAN_DAYS - 1; day += between(7, 18)) {
                List<String> attendees = new ArrayList<>(List.of(me));
                int others = between(2, 5);
                for (int i = 0; i < others; i++) {
                    String other = thirdParty(day, me);
                    if (other != null && !attendees.contains(other)) {
                        attendees.add(other);
                    }
                }
                if (attendees.size() >= 2) {
                    add(day, new RecordMeeting(LEDGER_ID, "m" + (sequence + 1), MeetingKind.EVENT, attendees, at(day),
                                               attendees.get(1), pick(PLACES), between(60, 240),
                                               "Dinner after a " + pick(TAGS) + " meetup"));
                }
            }
        }

        private void casualContact(String id) {
            Person person = people.get(id);
            int touches = random.nextInt(100) < 50 ? 2 : 1;
            int day = person.joinedDay();
            for (int i = 0; i < touches; i++) {
                if (i > 0) {
                    day = Math.min(SPAN_DAYS - 1, day + between(20, 200));
                }
                int roll = random.nextInt(100);
                if (roll < 40) {
                    meeting(id, random.nextBoolean() ? MeetingKind.EVENT : pick(ONE_TO_ONE), day,
                            random.nextBoolean() ? id : me);
                } else if (roll < 65) {
                    plainFavors.add(favorFromMe(id, pick(EVERYDAY), between(1, 2), true, day, 0));
                } else if (roll < 85) {
                    plainFavors.add(favorToMe(id, pick(EVERYDAY), between(1, 2), random.nextBoolean(), day, null, 0));
                } else {
                    String other = thirdParty(day, id);
                    if (other != null) {
                        introduction(me, id, other, day, "Could help with " + pick(TAGS));
                    } else {
                        meeting(id, MeetingKind.EVENT, day, me);
                    }
                }
            }
            lastTouch.put(id, day);
        }

        private String archiveOne(List<String> casualIds) {
            String id = casualIds.get(random.nextInt(casualIds.size()));
            int day = Math.min(SPAN_DAYS - 1, lastTouch.get(id) + 30);
            add(day, new ArchiveContact(LEDGER_ID, id, "Left the industry", at(day)));
            return id;
        }

        /** The same person added again under another spelling, touched, then merged into the original. */
        private String duplicate(String originalId) {
            Person original = people.get(originalId);
            String[] parts = original.name().split(" ");
            String name = parts[0].charAt(0) + ". " + parts[1];
            String id = slug(people.size() + 1, name);
            int day = original.joinedDay() + between(60, 200);
            people.put(id, new Person(id, name, original.organization(), null, day));
            add(day, new AddContact(LEDGER_ID, id, name, original.organization(), null, null, List.of(),
                                    "Met at a meetup", at(day), null, null));
            meeting(id, MeetingKind.EVENT, day + 1, id);
            plainFavors.add(favorToMe(id, FavorKind.RESOURCE, 1, false, day + 3, null, 0));
            int mergedOn = day + between(10, 40);
            add(mergedOn, new MergeContact(LEDGER_ID, id, originalId, at(mergedOn)));
            return id;
        }

        private void recordedTwice(Timed favor) {
            RecordFavor original = (RecordFavor) favor.command();
            String copyId = original.favorId() + "-again";
            add(favor.at(), new RecordFavor(LEDGER_ID, copyId, original.giverId(), original.receiverId(),
                                            original.kind(), original.weight(), original.asked(),
                                            original.occurredAt(), original.towardId(), null, original.note()));
            Instant retracted = favor.at().plus(Duration.ofDays(between(1, 20)));
            add(retracted, new RetractFavor(LEDGER_ID, copyId, "Recorded twice by mistake", retracted));
        }

        private void amend(Timed favor, int index) {
            RecordFavor original = (RecordFavor) favor.command();
            Instant when = favor.at().plus(Duration.ofDays(between(1, 30)));
            AmendFavor amendment = index % 2 == 0
                    ? new AmendFavor(LEDGER_ID, original.favorId(), "weight", null, null, null,
                                     original.weight() == 5 ? 4 : original.weight() + 1, null, null, null, null,
                                     null, "It took more than I first said")
                    : new AmendFavor(LEDGER_ID, original.favorId(), "kind", null, null,
                                     original.kind() == FavorKind.ADVICE ? FavorKind.RESOURCE : FavorKind.ADVICE,
                                     null, null, null, null, null, null, "Wrong kind");
            add(when, amendment);
        }

        private void changesJob(String id) {
            Person person = people.get(id);
            int day = person.joinedDay() + between(100, 300);
            if (day >= SPAN_DAYS) {
                return;
            }
            String organization = pickOther(ORGANIZATIONS, person.organization());
            add(day, new ChangeContactDetails(LEDGER_ID, id, null, organization, pick(ROLES), null, null, null,
                                              at(day), null, null));
        }

        private List<String> addPeople(int count, int fromDay, int toDay) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name;
                do {
                    name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
                } while (!usedNames.add(name));
                String id = slug(people.size() + 1, name);
                int day = between(fromDay, toDay);
                String organization = pick(ORGANIZATIONS);
                String role = pick(ROLES);
                List<String> tags = List.of(pick(TAGS), pickOther(TAGS, null)).stream().distinct().toList();
                String email = id.substring(id.indexOf('-') + 1) + "@example.org";
                people.put(id, new Person(id, name, organization, role, day));
                add(day, new AddContact(LEDGER_ID, id, name, organization, role, email, tags, pick(HOW_WE_MET),
                                        at(day), null, null));
                ids.add(id);
            }
            return ids;
        }

        private Timed favorToMe(String giver, FavorKind kind, int weight, boolean asked, int day, String toward,
                                int percentReturning) {
            String returns = returning(theirsToReturnOf(giver, mineToReturn), day, percentReturning);
            String note = toward == null ? null : "Put in a good word for me with " + people.get(toward).name();
            Timed favor = add(day, new RecordFavor(LEDGER_ID, "f" + (sequence + 1), giver, me, kind, weight, asked,
                                                   at(day), toward, returns, note));
            theirsToReturnOf(giver, theirsToReturn).addLast(favor);
            return favor;
        }

        private Timed favorFromMe(String receiver, FavorKind kind, int weight, boolean asked, int day,
                                  int percentReturning) {
            String returns = returning(theirsToReturnOf(receiver, theirsToReturn), day, percentReturning);
            Timed favor = add(day, new RecordFavor(LEDGER_ID, "f" + (sequence + 1), me, receiver, kind, weight,
                                                   asked, at(day), null, returns, null));
            theirsToReturnOf(receiver, mineToReturn).addLast(favor);
            return favor;
        }

        private static Deque<Timed> theirsToReturnOf(String id, Map<String, Deque<Timed>> open) {
            return open.computeIfAbsent(id, key -> new ArrayDeque<>());
        }

        /**
         * The oldest open favor of the other side done before {@code day}, which the favor about to be recorded
         * returns, sometimes.
         */
        private String returning(Deque<Timed> open, int day, int percent) {
            if (open.isEmpty() || random.nextInt(100) >= percent) {
                return null;
            }
            Instant before = at(day);
            for (var favors = open.iterator(); favors.hasNext(); ) {
                Timed favor = favors.next();
                if (favor.at().isBefore(before)) {
                    favors.remove();
                    return ((RecordFavor) favor.command()).favorId();
                }
            }
            return null;
        }

        private void meeting(String with, MeetingKind kind, int day, String initiator) {
            List<String> attendees = List.of(me, with);
            String place = kind == MeetingKind.CALL || kind == MeetingKind.VIDEO ? null : pick(PLACES);
            int minutes = kind == MeetingKind.EVENT ? between(60, 240) : between(20, 90);
            add(day, new RecordMeeting(LEDGER_ID, "m" + (sequence + 1), kind, attendees, at(day), initiator, place,
                                       minutes, null));
        }

        private void introductionOfMe(String introducer, int day) {
            String other = thirdParty(day, introducer);
            if (other == null) {
                favorToMe(introducer, FavorKind.ADVICE, 2, false, day, null, 50);
                return;
            }
            introduction(introducer, me, other, day, "Thought you two should talk about " + pick(TAGS));
        }

        private void introduction(String introducer, String a, String b, int day, String purpose) {
            String id = "i" + (sequence + 1);
            add(day, new MakeIntroduction(LEDGER_ID, id, introducer, a, b, purpose, at(day)));
            int roll = random.nextInt(100);
            int metOn = day + between(3, 20);
            if (roll < 15) {
                outcome(id, 1, IntroductionOutcome.NO_RESPONSE, metOn + 20);
            } else if (roll < 85) {
                outcome(id, 1, IntroductionOutcome.MET, metOn);
                if (random.nextInt(100) < 35) {
                    IntroductionOutcome later = random.nextInt(3) == 0
                            ? IntroductionOutcome.HIRED
                            : random.nextBoolean() ? IntroductionOutcome.DEAL : IntroductionOutcome.OPPORTUNITY;
                    outcome(id, 2, later, metOn + between(20, 90));
                }
            }
        }

        private void outcome(String introductionId, int n, IntroductionOutcome outcome, int day) {
            if (day < SPAN_DAYS) {
                add(day, new RecordIntroductionOutcome(LEDGER_ID, introductionId, introductionId + "-o" + n, outcome,
                                                       at(day), null));
            }
        }

        private void commitment(String promiser, String promisee, int day, int percentKept) {
            String id = "c" + (sequence + 1);
            String other = thirdParty(day, promiser.equals(me) ? promisee : promiser);
            String what = other != null && random.nextBoolean()
                    ? "Introduce " + (promiser.equals(me) ? "them" : "me") + " to " + people.get(other).name()
                    : "Send " + pick(new String[] {"the deck", "feedback on the proposal", "the hiring plan",
                                                   "a reference letter", "notes from the workshop"});
            int dueDay = day + between(7, 30);
            add(day, new MakeCommitment(LEDGER_ID, id, promiser, promisee, what, START.plusDays(dueDay), at(day)));
            int resolvedDay = dueDay + between(-5, 5);
            if (resolvedDay >= SPAN_DAYS || resolvedDay <= day) {
                return;
            }
            int roll = random.nextInt(100);
            if (roll < percentKept) {
                String favorId = null;
                if (!promiser.equals(me) && random.nextBoolean()) {
                    favorId = ((RecordFavor) favorToMe(promiser, FavorKind.RESOURCE, 2, true, resolvedDay, null, 0)
                            .command()).favorId();
                }
                add(resolvedDay, new ResolveCommitment(LEDGER_ID, id, CommitmentStatus.KEPT, at(resolvedDay),
                                                       favorId));
            } else {
                add(resolvedDay, new ResolveCommitment(LEDGER_ID, id, random.nextBoolean()
                        ? CommitmentStatus.BROKEN : CommitmentStatus.RELEASED, at(resolvedDay), null));
            }
        }

        private void askAnswered(String asker, String asked, int day, AskOutcome outcome) {
            String id = "a" + (sequence + 1);
            String what = pick(new String[] {"A referral to the data team", "Feedback on my proposal",
                                             "An introduction to an investor", "Advice on pricing",
                                             "A reference for a client", "Share the job post", "Review my talk"});
            add(day, new MakeAsk(LEDGER_ID, id, asker, asked, what + " at " + pick(ORGANIZATIONS), at(day)));
            int answeredDay = day + (outcome == AskOutcome.NO_RESPONSE ? between(14, 30) : between(1, 10));
            if (answeredDay >= SPAN_DAYS) {
                return;
            }
            String favorId = null;
            if (outcome == AskOutcome.HELPED) {
                String other = asker.equals(me) ? asked : asker;
                Timed favor = asker.equals(me)
                        ? favorToMe(other, pick(ADVOCACY), between(2, 4), true, answeredDay, null, 40)
                        : favorFromMe(other, pick(EVERYDAY), between(1, 3), true, answeredDay, 40);
                favorId = ((RecordFavor) favor.command()).favorId();
            }
            add(answeredDay, new AnswerAsk(LEDGER_ID, id, outcome, at(answeredDay), favorId));
        }

        /** A contact who joined before that day and is never archived or merged away, other than {@code not}. */
        private String thirdParty(int day, String not) {
            List<String> candidates = stable.stream()
                    .filter(id -> people.get(id).joinedDay() < day && !id.equals(not))
                    .toList();
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }

        private Timed add(int day, Object command) {
            return add(at(day), command);
        }

        private Timed add(Instant at, Object command) {
            if (!at.isBefore(at(SPAN_DAYS))) {
                throw new IllegalStateException("Generated past the end of the network: " + command);
            }
            Timed timed = new Timed(at, ++sequence, command);
            timeline.add(timed);
            return timed;
        }

        /** A time on that day, during working hours; the same day always gives the same time of day. */
        private static Instant at(int day) {
            int minutes = 8 * 60 + Math.floorMod(day * 7919, 10 * 60);
            return START.plusDays(day).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(minutes));
        }

        private int between(int low, int high) {
            return low + random.nextInt(high - low + 1);
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private <T> T pickOther(T[] values, T not) {
            T value;
            do {
                value = pick(values);
            } while (value.equals(not));
            return value;
        }

        private static String slug(int number, String name) {
            return String.format(Locale.ROOT, "p%03d-", number)
                    + name.toLowerCase(Locale.ROOT).replace(". ", "-").replace(' ', '-');
        }
    }
}
