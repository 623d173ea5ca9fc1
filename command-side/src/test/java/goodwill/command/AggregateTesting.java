package goodwill.command;

import goodwill.command.CommandRefusedException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** What aggregate tests share: a fixed now, and a matcher for refusals. */
public final class AggregateTesting {

    public static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private AggregateTesting() {
    }

    /** The command side's clock stopped at {@link #NOW}, with a five-minute tolerance for the future. */
    public static Timekeeper stoppedClock() {
        return new Timekeeper(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    /** A refusal for the reason, about the field (null: about no field in particular). */
    public static Matcher<CommandRefusedException> refused(Reason reason, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefusedException refusal) {
                return refusal.reason() == reason && Objects.equals(refusal.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal for " + reason + (field == null ? "" : " about " + field));
            }

            @Override
            protected void describeMismatchSafely(CommandRefusedException refusal, Description description) {
                description.appendText("was a refusal for " + refusal.reason() + " about " + refusal.field());
            }
        };
    }
}
