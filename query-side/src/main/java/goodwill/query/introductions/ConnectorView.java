package goodwill.query.introductions;

import java.time.Instant;

/**
 * One person who made introductions, and what came of them. Each count of an outcome counts introductions that
 * had it at some time, once each; an introduction that went from {@code MET} to {@code HIRED} counts under both.
 *
 * @param introductions how many they made
 * @param ledSomewhere  how many had an opportunity, a hire or a deal
 * @param rate          ledSomewhere / introductions
 * @param noOutcome     how many have no outcome recorded yet
 */
public record ConnectorView(String introducerId,
                            String name,
                            int introductions,
                            int ledSomewhere,
                            double rate,
                            int met,
                            int opportunity,
                            int hired,
                            int deal,
                            int noResponse,
                            int declined,
                            int noOutcome,
                            Instant lastIntroductionAt) {
}
