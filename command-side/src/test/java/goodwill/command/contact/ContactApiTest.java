package goodwill.command.contact;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.ContactAdded;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CommandSideTest
class ContactApiTest {

    private static final String ANA = """
            {"contactId": "ana", "displayName": "Ana Lopez", "organization": "Acme", "role": "CTO",
             "email": "ana@example.org", "tags": ["mentor", "ml"], "howWeMet": "a conference",
             "occurredAt": "2019-05-01T09:00:00Z"}""";

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    private String ledgerId;
    private String meId;
    private String contacts;

    @BeforeEach
    void openLedger() {
        Answer ledger = api.openLedger();
        ledgerId = ledger.text("ledgerId");
        meId = ledger.text("meId");
        contacts = "/api/ledgers/" + ledgerId + "/contacts";
    }

    @Test
    void aContactIsAddedWithEveryDetailAndItsLocation() {
        Answer added = api.post(contacts, ANA);

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("contactId")).isEqualTo("ana");
        assertThat(added.headers().getLocation()).hasPath(contacts + "/ana");
        assertThat(recorded.payloadsOf(Ids.contact(ledgerId, "ana")))
                .containsExactly(new ContactAdded(ledgerId, "ana", "Ana Lopez", "Acme", "CTO", "ana@example.org",
                                                  List.of("mentor", "ml"), "a conference",
                                                  Instant.parse("2019-05-01T09:00:00Z")));
    }

    /** The request that once stopped four read models for every ledger: its time is refused, nothing recorded. */
    @Test
    void aContactThatEnteredTheNetworkBeforeAnyLedgerCouldHoldItIsRefusedAndRecordsNothing() {
        long before = recorded.inLedger(ledgerId);

        Answer refused = api.post(contacts, """
                {"contactId": "p", "displayName": "P", "occurredAt": "-999999999-01-01T00:00:00Z"}""")
                            .isProblem(400, "out-of-range");

        assertThat(refused.errorFields()).containsExactly("occurredAt");
        assertThat(recorded.inLedger(ledgerId)).isEqualTo(before);
    }

    @Test
    void aContactWithOnlyANameGetsAUuidAndEntersTheNetworkNow() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Answer added = api.post(contacts, """
                {"displayName": "Bo Chen"}""");

        assertThat(added.status()).isEqualTo(201);
        String contactId = added.text("contactId");
        assertThat(UUID.fromString(contactId)).isNotNull();
        assertThat(recorded.of(Ids.contact(ledgerId, contactId)))
                .extracting(event -> (ContactAdded) event.getPayload())
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.tags()).isEmpty();
                    assertThat(event.occurredAt()).isAfterOrEqualTo(before);
                });
    }

    @Test
    void addingTheSameContactAgainAnswersTheSameAndRecordsNothing() {
        Answer first = api.post(contacts, ANA);

        Answer again = api.post(contacts, ANA);

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(1);
    }

    @Test
    void aContactIdInUseForSomeoneElseIsAConflict() {
        api.post(contacts, ANA);

        Answer refused = api.post(contacts, """
                {"contactId": "ana", "displayName": "Ana Maria"}""").isProblem(409, "id-conflict");

        assertThat(refused.errorFields()).containsExactly("contactId");
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(1);
    }

    @Test
    void theIdOfMeIsInUse() {
        api.post(contacts, """
                {"contactId": "%s", "displayName": "Someone"}""".formatted(meId)).isProblem(409, "id-conflict");

        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }

    @Test
    void aContactCannotBeAddedToAnUnknownLedger() {
        long before = recorded.total();

        api.post("/api/ledgers/no-such-ledger/contacts", ANA).isProblem(404, "unknown-ledger");

        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        Answer refused = api.post(contacts, """
                {"contactId": "ana/lopez", "displayName": "", "email": "not an email", "tags": ["ok", " "],
                 "role": "%s"}""".formatted("x".repeat(201))).isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("contactId", "displayName", "email", "role", "tags[1]");
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        Answer refused = api.post(contacts, """
                {"displayName": "Ana", "tags": "mentor"}""").isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("tags")).isEqualTo("must be an array");
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }

    @Test
    void aTimeThatIsNotAnInstantIsNamed() {
        Answer refused = api.post(contacts, """
                {"displayName": "Ana", "occurredAt": "yesterday"}""").isProblem(400, "invalid-request");

        assertThat(refused.errorAbout("occurredAt")).contains("ISO-8601");
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }

    @Test
    void aContactCannotHaveEnteredTheNetworkInTheFuture() {
        Answer refused = api.post(contacts, """
                {"displayName": "Ana", "occurredAt": "%s"}""".formatted(Instant.now().plus(1, ChronoUnit.DAYS)))
                            .isProblem(422, "in-the-future");

        assertThat(refused.errorFields()).containsExactly("occurredAt");
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }
}
