package goodwill.query;

import goodwill.events.AskAnswered;
import goodwill.events.AskMade;
import goodwill.events.AskOutcome;
import goodwill.events.CommitmentBroken;
import goodwill.events.CommitmentKept;
import goodwill.events.CommitmentMade;
import goodwill.events.CommitmentReleased;
import goodwill.events.ContactAdded;
import goodwill.events.ContactArchived;
import goodwill.events.ContactForgotten;
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
import goodwill.events.MeetingKind;
import goodwill.events.MeetingRecorded;
import goodwill.events.MeetingRetracted;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRemoved;
import goodwill.events.MemberRole;
import goodwill.events.MemberRoleChanged;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid histories of two ledgers, interleaved: every event the command side could have recorded, in an
 * order it could have recorded them (people known and neither merged away nor archived when named, a favor
 * amended or retracted only while it stands, a follow-up after what it follows, a commitment resolved and an ask
 * answered once, a ledger never left without an owner), business times anywhere in five years and backdated at
 * will. A history is a list of steps, each a number that picks what happens next from what can: jqwik shrinks a
 * failing history by dropping steps, and what a step can no longer do it skips.
 */
public final class RandomHistories {

    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(5 * 365).toSeconds();
    private static final List<String> LEDGERS = List.of("north", "south");

    private RandomHistories() {
    }

    /** Histories of up to {@code maxSteps} steps after the two openings. */
    public static Arbitrary<List<LedgerEvent>> histories(int maxSteps) {
        return Arbitraries.longs().list().ofMaxSize(maxSteps).map(RandomHistories::history);
    }

    /** The history that these steps make. */
    public static List<LedgerEvent> history(List<Long> steps) {
        Map<String, Ledger> ledgers = new LinkedHashMap<>();
        List<LedgerEvent> history = new ArrayList<>();
        for (String ledgerId : LEDGERS) {
            Ledger ledger = new Ledger(ledgerId);
            ledgers.put(ledgerId, ledger);
            history.add(new LedgerOpened(ledgerId, ledger.meId, "Owner of " + ledgerId, START));
            history.add(new MemberAdded(ledgerId, "owner", MemberRole.OWNER, START));
            ledger.members.put("owner", MemberRole.OWNER);
        }
        for (long step : steps) {
            Random random = new Random(step);
            Ledger ledger = ledgers.get(LEDGERS.get(random.nextInt(LEDGERS.size())));
            LedgerEvent event = ledger.next(random);
            if (event != null) {
                history.add(event);
            }
        }
        return history;
    }

    /** What one ledger holds so far, as far as what can happen next depends on it. */
    private static final class Ledger {

        private final String ledgerId;
        private final String meId;
        private final List<String> active = new ArrayList<>();
        private final Map<String, Favor> favors = new LinkedHashMap<>();
        private final Map<String, Instant> meetings = new LinkedHashMap<>();
        private final Map<String, Instant> introductions = new LinkedHashMap<>();
        private final Map<String, Instant> openCommitments = new LinkedHashMap<>();
        private final Map<String, Instant> openAsks = new LinkedHashMap<>();
        private final Map<String, MemberRole> members = new LinkedHashMap<>();
        private int ids;

        Ledger(String ledgerId) {
            this.ledgerId = ledgerId;
            this.meId = ledgerId + "-me";
            active.add(meId);
        }

        /** The event the step picks, or null when what it picked cannot happen now. */
        LedgerEvent next(Random random) {
            int pick = random.nextInt(100);
            if (pick < 14) {
                return contactAdded(random);
            } else if (pick < 19) {
                return detailsChanged(random);
            } else if (pick < 20) {
                return archived(random);
            } else if (pick < 21) {
                return forgotten(random);
            } else if (pick < 24) {
                return merged(random);
            } else if (pick < 42) {
                return favorRecorded(random);
            } else if (pick < 47) {
                return favorAmended(random);
            } else if (pick < 50) {
                return favorRetracted(random);
            } else if (pick < 58) {
                return meetingRecorded(random);
            } else if (pick < 60) {
                return meetingRetracted(random);
            } else if (pick < 66) {
                return introductionMade(random);
            } else if (pick < 70) {
                return outcomeRecorded(random);
            } else if (pick < 76) {
                return commitmentMade(random);
            } else if (pick < 81) {
                return commitmentResolved(random);
            } else if (pick < 87) {
                return askMade(random);
            } else if (pick < 92) {
                return askAnswered(random);
            }
            return membership(random);
        }

        private String id(String kind) {
            return kind + "-" + ledgerId + "-" + (++ids);
        }

        private static Instant anytime(Random random) {
            return START.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
        }

        private static Instant after(Instant earlier, Random random) {
            return earlier.plusSeconds(random.nextInt((int) Duration.ofDays(200).toSeconds()));
        }

        private static <T> T any(List<T> from, Random random) {
            return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
        }

        private static <E extends Enum<E>> E any(Class<E> type, Random random) {
            E[] values = type.getEnumConstants();
            return values[random.nextInt(values.length)];
        }

        /** {@code count} distinct active people, me among the candidates, or null when there are not so many. */
        private List<String> people(int count, Random random) {
            if (active.size() < count) {
                return null;
            }
            List<String> shuffled = new ArrayList<>(active);
            Collections.shuffle(shuffled, random);
            return List.copyOf(shuffled.subList(0, count));
        }

        private List<String> contacts() {
            return active.stream().filter(id -> !id.equals(meId)).toList();
        }

        private static String maybe(String text, Random random) {
            return random.nextBoolean() ? text : null;
        }

        private LedgerEvent contactAdded(Random random) {
            String contactId = id("contact");
            active.add(contactId);
            return new ContactAdded(ledgerId, contactId, "Person " + contactId, maybe("Acme", random),
                                    maybe("Engineer", random), maybe(contactId + "@example.org", random),
                                    random.nextBoolean() ? List.of("tag" + random.nextInt(3)) : List.of(),
                                    maybe("a conference", random), anytime(random));
        }

        private LedgerEvent detailsChanged(Random random) {
            String contactId = any(contacts(), random);
            if (contactId == null) {
                return null;
            }
            return new ContactDetailsChanged(ledgerId, contactId, maybe("Renamed " + contactId, random),
                                             "Org " + random.nextInt(5), maybe("Lead", random), null,
                                             random.nextBoolean() ? List.of("moved") : null, null, anytime(random));
        }

        private LedgerEvent archived(Random random) {
            String contactId = any(contacts(), random);
            if (contactId == null) {
                return null;
            }
            active.remove(contactId);
            return new ContactArchived(ledgerId, contactId, maybe("left the industry", random), anytime(random));
        }

        private LedgerEvent forgotten(Random random) {
            String contactId = any(contacts(), random);
            if (contactId == null) {
                return null;
            }
            active.remove(contactId);
            return new ContactForgotten(ledgerId, contactId, maybe("asked by email", random), anytime(random));
        }

        private LedgerEvent merged(Random random) {
            List<String> pair = people(2, random);
            if (pair == null || pair.contains(meId)) {
                return null;
            }
            active.remove(pair.get(1));
            return new ContactsMerged(ledgerId, pair.get(0), pair.get(1), anytime(random));
        }

        private LedgerEvent favorRecorded(Random random) {
            List<String> parties = people(random.nextInt(3) == 0 ? 3 : 2, random);
            if (parties == null) {
                return null;
            }
            String favorId = id("favor");
            String toward = parties.size() == 3 ? parties.get(2) : null;
            String reciprocates = random.nextInt(3) == 0 ? any(new ArrayList<>(favors.keySet()), random) : null;
            FavorRecorded favor = new FavorRecorded(ledgerId, favorId, parties.get(0), parties.get(1),
                                                    any(FavorKind.class, random), 1 + random.nextInt(5),
                                                    random.nextBoolean(), anytime(random), toward, reciprocates,
                                                    maybe("thanks", random));
            favors.put(favorId, new Favor(favor, false));
            return favor;
        }

        private LedgerEvent favorAmended(Random random) {
            FavorRecorded was = any(standing(), random);
            List<String> parties = people(2, random);
            if (was == null || parties == null) {
                return null;
            }
            boolean newParties = random.nextInt(3) == 0 && (was.towardId() == null || !parties.contains(was.towardId()));
            FavorAmended amendment = new FavorAmended(
                    ledgerId, was.favorId(), id("amendment"), newParties ? parties.get(0) : null,
                    newParties ? parties.get(1) : null, random.nextBoolean() ? any(FavorKind.class, random) : null,
                    1 + random.nextInt(5), random.nextBoolean() ? !was.asked() : null,
                    random.nextBoolean() ? anytime(random) : null, null, null, maybe("amended", random),
                    "a correction", anytime(random));
            FavorRecorded amended = amendment.applyTo(was);
            if (amended.equals(was) || amended.giverId().equals(amended.receiverId())) {
                return null;
            }
            favors.put(was.favorId(), new Favor(amended, false));
            return amendment;
        }

        private List<FavorRecorded> standing() {
            return favors.values().stream().filter(favor -> !favor.retracted()).map(Favor::recorded).toList();
        }

        private LedgerEvent favorRetracted(Random random) {
            FavorRecorded favor = any(standing(), random);
            if (favor == null) {
                return null;
            }
            favors.put(favor.favorId(), new Favor(favor, true));
            return new FavorRetracted(ledgerId, favor.favorId(), "recorded twice", anytime(random));
        }

        private LedgerEvent meetingRecorded(Random random) {
            List<String> attendees = people(2 + random.nextInt(Math.max(1, Math.min(3, active.size() - 1))), random);
            if (attendees == null) {
                return null;
            }
            String meetingId = id("meeting");
            Instant at = anytime(random);
            meetings.put(meetingId, at);
            return new MeetingRecorded(ledgerId, meetingId, any(MeetingKind.class, random), attendees, at,
                                       random.nextBoolean() ? attendees.get(0) : null, maybe("a café", random),
                                       random.nextBoolean() ? 1 + random.nextInt(120) : null, maybe("good", random));
        }

        private LedgerEvent meetingRetracted(Random random) {
            String meetingId = any(new ArrayList<>(meetings.keySet()), random);
            if (meetingId == null) {
                return null;
            }
            meetings.remove(meetingId);
            return new MeetingRetracted(ledgerId, meetingId, "never happened", anytime(random));
        }

        private LedgerEvent introductionMade(Random random) {
            List<String> three = people(3, random);
            if (three == null) {
                return null;
            }
            String introductionId = id("introduction");
            Instant at = anytime(random);
            introductions.put(introductionId, at);
            return new IntroductionMade(ledgerId, introductionId, three.get(0), three.get(1), three.get(2),
                                        maybe("a job", random), at);
        }

        private LedgerEvent outcomeRecorded(Random random) {
            String introductionId = any(new ArrayList<>(introductions.keySet()), random);
            if (introductionId == null) {
                return null;
            }
            return new IntroductionOutcomeRecorded(ledgerId, introductionId, id("outcome"),
                                                   any(IntroductionOutcome.class, random),
                                                   after(introductions.get(introductionId), random),
                                                   maybe("went well", random));
        }

        private LedgerEvent commitmentMade(Random random) {
            List<String> two = people(2, random);
            if (two == null) {
                return null;
            }
            String commitmentId = id("commitment");
            Instant at = anytime(random);
            openCommitments.put(commitmentId, at);
            LocalDate due = random.nextBoolean() ? null
                    : LocalDate.ofInstant(after(at, random), ZoneOffset.UTC);
            return new CommitmentMade(ledgerId, commitmentId, two.get(0), two.get(1), "an introduction", due, at);
        }

        private LedgerEvent commitmentResolved(Random random) {
            String commitmentId = any(new ArrayList<>(openCommitments.keySet()), random);
            if (commitmentId == null) {
                return null;
            }
            Instant at = after(openCommitments.remove(commitmentId), random);
            return switch (random.nextInt(3)) {
                case 0 -> new CommitmentKept(ledgerId, commitmentId,
                                             random.nextBoolean() ? any(new ArrayList<>(favors.keySet()), random) : null,
                                             at);
                case 1 -> new CommitmentBroken(ledgerId, commitmentId, at);
                default -> new CommitmentReleased(ledgerId, commitmentId, at);
            };
        }

        private LedgerEvent askMade(Random random) {
            List<String> two = people(2, random);
            if (two == null) {
                return null;
            }
            String askId = id("ask");
            Instant at = anytime(random);
            openAsks.put(askId, at);
            return new AskMade(ledgerId, askId, two.get(0), two.get(1), "a referral", at);
        }

        private LedgerEvent askAnswered(Random random) {
            String askId = any(new ArrayList<>(openAsks.keySet()), random);
            if (askId == null) {
                return null;
            }
            AskOutcome outcome = any(AskOutcome.class, random);
            String favorId = outcome == AskOutcome.HELPED && random.nextBoolean()
                    ? any(new ArrayList<>(favors.keySet()), random) : null;
            return new AskAnswered(ledgerId, askId, outcome, favorId, after(openAsks.remove(askId), random));
        }

        private LedgerEvent membership(Random random) {
            Instant at = anytime(random);
            String username = any(new ArrayList<>(members.keySet()), random);
            return switch (random.nextInt(3)) {
                case 0 -> {
                    String added = "user" + random.nextInt(4);
                    MemberRole role = any(MemberRole.class, random);
                    yield members.putIfAbsent(added, role) == null ? new MemberAdded(ledgerId, added, role, at) : null;
                }
                case 1 -> {
                    MemberRole role = any(MemberRole.class, random);
                    if (role == members.get(username) || leavesNoOwner(username, role)) {
                        yield null;
                    }
                    members.put(username, role);
                    yield new MemberRoleChanged(ledgerId, username, role, at);
                }
                default -> {
                    if (leavesNoOwner(username, null)) {
                        yield null;
                    }
                    members.remove(username);
                    yield new MemberRemoved(ledgerId, username, at);
                }
            };
        }

        private boolean leavesNoOwner(String username, MemberRole becomes) {
            return members.get(username) == MemberRole.OWNER && becomes != MemberRole.OWNER
                   && members.values().stream().filter(MemberRole.OWNER::equals).count() == 1;
        }

        private record Favor(FavorRecorded recorded, boolean retracted) {
        }
    }

    /** How many events of each type the histories hold: a test sees that every type comes up. */
    public static Map<Class<?>, Long> typesIn(List<List<LedgerEvent>> histories) {
        Map<Class<?>, Long> counts = new LinkedHashMap<>();
        histories.forEach(history -> history.forEach(event -> counts.merge(event.getClass(), 1L, Long::sum)));
        return counts;
    }
}
