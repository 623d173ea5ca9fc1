package goodwill.command;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A ledger of the test's own, opened before each test of a {@link CommandSideTest} with the contacts it names, and
 * what the API tests do in it: send requests to its resources, and prove what a request recorded, or that a refusal
 * recorded nothing. A test class registers one as a field:
 * {@code @RegisterExtension final LedgerFixture ledger = LedgerFixture.withContacts("ana", "bo");}
 *
 * <p>Resources are given from the ledger on, {@code "/favors/f1/retraction"}; {@link #path} makes them whole.
 */
public final class LedgerFixture implements BeforeEachCallback {

    /** The path of a ledger that no test opens. */
    public static final String UNKNOWN_LEDGER = "/api/ledgers/no-such-ledger";

    private final List<String> contactIds;
    private Api api;
    private RecordedEvents recorded;
    private Answer opening;

    private LedgerFixture(List<String> contactIds) {
        this.contactIds = contactIds;
    }

    public static LedgerFixture withContacts(String... contactIds) {
        return new LedgerFixture(List.of(contactIds));
    }

    public static LedgerFixture withoutContacts() {
        return withContacts();
    }

    /** A time the clock has not reached: what no request may say happened. */
    public static String tomorrow() {
        return Instant.now().plus(1, ChronoUnit.DAYS).toString();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        open(application.getBean(Api.class), application.getBean(RecordedEvents.class));
    }

    private LedgerFixture open(Api api, RecordedEvents recorded) {
        this.api = api;
        this.recorded = recorded;
        opening = api.openLedger();
        contactIds.forEach(this::addContact);
        return this;
    }

    /** Another ledger of the test's own, opened now with the contacts named. */
    public LedgerFixture another(String... contactIds) {
        return new LedgerFixture(List.of(contactIds)).open(api, recorded);
    }

    public String id() {
        return opening.text("ledgerId");
    }

    public String meId() {
        return opening.text("meId");
    }

    /** The API itself, for requests outside any ledger. */
    public Api api() {
        return api;
    }

    public String path(String resource) {
        return "/api/ledgers/" + id() + resource;
    }

    /** The answer to the request that opened the ledger. */
    public Answer opening() {
        return opening;
    }

    public Answer post(String resource, String json) {
        return api.post(path(resource), json);
    }

    public Answer post(String resource, String json, String idempotencyKey) {
        return api.post(path(resource), json, idempotencyKey);
    }

    /** Posts what a test takes for granted, and asserts it was answered with the status. */
    public Answer posted(String resource, String json, int status) {
        Answer answer = post(resource, json);
        assertThat(answer.status()).as("%s answered %s", resource, answer.body()).isEqualTo(status);
        return answer;
    }

    /** Posts the creation of what a test takes for granted, and asserts it was created. */
    public Answer created(String resource, String json) {
        return posted(resource, json, 201);
    }

    public void addContact(String contactId) {
        api.addContact(id(), contactId);
    }

    /** Records a favor of advice between the two, at the time given. */
    public Answer recordFavor(String favorId, String giverId, String receiverId, String occurredAt) {
        return created("/favors", """
                {"favorId": "%s", "giverId": "%s", "receiverId": "%s", "kind": "ADVICE", "weight": 2,
                 "asked": false, "occurredAt": "%s"}""".formatted(favorId, giverId, receiverId, occurredAt));
    }

    public Answer retractFavor(String favorId, String reason) {
        return posted("/favors/" + favorId + "/retraction", """
                {"reason": "%s"}""".formatted(reason), 200);
    }

    /** The event store, read behind the API's back. */
    public RecordedEvents recorded() {
        return recorded;
    }

    /** The events recorded in the ledger since it was opened and its contacts added. */
    public long recordedSinceSetUp() {
        return recorded.sinceOpening(id()) - contactIds.size();
    }

    /** What one aggregate of the ledger recorded, named by its kind's {@link Ids} and its id in the ledger. */
    public List<Object> eventsOf(BinaryOperator<String> aggregate, String id) {
        return recorded.payloadsOf(aggregate.apply(id(), id));
    }

    /** Asserts the request is answered with a problem of the status and code, and records nothing. */
    public Answer refuses(String resource, String json, int status, String code) {
        return recordsNothing(resource, () -> post(resource, json).isProblem(status, code));
    }

    /** Asserts the request under the key is answered with a problem of the status and code, and records nothing. */
    public Answer refuses(String resource, String json, String idempotencyKey, int status, String code) {
        return recordsNothing(resource, () -> post(resource, json, idempotencyKey).isProblem(status, code));
    }

    private Answer recordsNothing(String resource, Supplier<Answer> request) {
        long before = recorded.inLedger(id());
        Answer answer = request.get();
        assertThat(recorded.inLedger(id())).as("events recorded by the refused %s", resource).isEqualTo(before);
        return answer;
    }

    /** Asserts the request, sent to a ledger never opened, is refused 404 {@code unknown-ledger}, recording nothing. */
    public void refusedInAnUnknownLedger(String resource, String json) {
        long before = recorded.total();
        api.post(UNKNOWN_LEDGER + resource, json).isProblem(404, "unknown-ledger");
        assertThat(recorded.total()).as("events recorded by the refused %s", resource).isEqualTo(before);
    }

    /** Sends the request twice: the second is answered as the first, with the status, and records nothing. */
    public Answer answersTheSameAgain(String resource, String json, int status) {
        Answer first = post(resource, json);
        long afterFirst = recorded.inLedger(id());

        Answer again = post(resource, json);

        assertThat(again.status()).as("again %s", again.body()).isEqualTo(status);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recorded.inLedger(id())).as("events recorded again by %s", resource).isEqualTo(afterFirst);
        return again;
    }
}
