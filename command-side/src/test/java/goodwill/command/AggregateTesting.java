package goodwill.command;

import goodwill.command.CommandRefusedException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * What aggregate tests share: a fixture on a fixed now, a matcher for refusals, and the shapes every aggregate's
 * rules take: a refusal records nothing, a command sent again as it was taken records nothing, nothing happens in
 * the future, a follow-up does not happen before what it follows, and no ledger but an opened one takes commands.
 * Each takes what is given ({@code fixture.given(...)}) and the command.
 */
public final class AggregateTesting {

    public static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");

    private AggregateTesting() {
    }

    /** The command side's clock stopped at {@link #NOW}, with a five-minute tolerance for the future. */
    public static Timekeeper stoppedClock() {
        return new Timekeeper(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    /** A fixture of the aggregate on the {@link #stoppedClock()}, with the resources (a ledger directory, say). */
    public static <A> FixtureConfiguration<A> fixtureOf(Class<A> aggregate, Object... resources) {
        FixtureConfiguration<A> fixture = new AggregateTestFixture<>(aggregate);
        for (Object resource : resources) {
            fixture.registerInjectableResource(resource);
        }
        fixture.registerInjectableResource(stoppedClock());
        return fixture;
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

    /** Asserts the command is refused for the reason, about the field (null: no field), and records nothing. */
    public static void refuses(TestExecutor<?> given, Object command, Reason reason, String field) {
        given.when(command)
             .expectNoEvents()
             .expectException(refused(reason, field));
    }

    /** Asserts the command, already taken, is taken again without a word and records nothing. */
    public static void recordsNothingAgain(TestExecutor<?> given, Object command) {
        given.when(command)
             .expectSuccessfulHandlerExecution()
             .expectNoEvents();
    }

    /** Asserts the command, saying it happened a day after {@link #NOW}, is refused as in the future. */
    public static void refusesADayAhead(TestExecutor<?> given, Function<Instant, ?> commandAt) {
        refuses(given, commandAt.apply(NOW.plus(Duration.ofDays(1))), Reason.IN_THE_FUTURE, "occurredAt");
    }

    /** Asserts the follow-up, saying it happened a day before what it follows did, is refused as out of order. */
    public static void refusesADayBefore(TestExecutor<?> given, Instant followed, Function<Instant, ?> followUpAt) {
        refuses(given, followUpAt.apply(followed.minus(Duration.ofDays(1))), Reason.OUT_OF_ORDER, "occurredAt");
    }

    /** Asserts the command, sent to a ledger never opened, is refused naming no field. */
    public static void refusesInALedgerNeverOpened(FixtureConfiguration<?> fixture, Object command) {
        refuses(fixture.givenNoPriorActivity(), command, Reason.UNKNOWN_LEDGER, null);
    }
}
