package goodwill.command.contact;

import static goodwill.command.LedgerFixture.tomorrow;
import static org.assertj.core.api.Assertions.assertThat;

import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.ContactAdded;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@CommandSideTest
class ContactApiTest {

    private static final String ANA = """
            {"contactId": "ana", "displayName": "Ana Lopez", "organization": "Acme", "role": "CTO",
             "email": "ana@example.org", "tags": ["mentor", "ml"], "howWeMet": "a conference",
             "occurredAt": "2019-05-01T09:00:00Z", "phone": "+34 600 123 456", "url": "https://example.org/ana"}""";

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withoutContacts();

    @Test
    void aContactIsAddedWithEveryDetailAndItsLocation() {
        Answer added = ledger.post("/contacts", ANA);

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.text("contactId")).isEqualTo("ana");
        assertThat(added.headers().getLocation()).hasPath(ledger.path("/contacts/ana"));
        assertThat(ledger.eventsOf(Ids::contact, "ana"))
                .containsExactly(new ContactAdded(ledger.id(), "ana", "Ana Lopez", "Acme", "CTO", "ana@example.org",
                                                  List.of("mentor", "ml"), "a conference",
                                                  Instant.parse("2019-05-01T09:00:00Z"), "+34 600 123 456",
                                                  "https://example.org/ana"));
    }

    /** The request that once stopped four read models for every ledger: its time is refused, nothing recorded. */
    @Test
    void aContactThatEnteredTheNetworkBeforeAnyLedgerCouldHoldItIsRefusedAndRecordsNothing() {
        ledger.refuses("/contacts", """
                {"contactId": "p", "displayName": "P", "occurredAt": "-999999999-01-01T00:00:00Z"}""",
                       400, "out-of-range").naming("occurredAt");
    }

    @Test
    void aContactWithOnlyANameGetsAUuidAndEntersTheNetworkNow() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Answer added = ledger.post("/contacts", """
                {"displayName": "Bo Chen"}""");

        assertThat(added.status()).isEqualTo(201);
        String contactId = added.text("contactId");
        assertThat(UUID.fromString(contactId)).isNotNull();
        assertThat(ledger.eventsOf(Ids::contact, contactId))
                .singleElement()
                .isInstanceOfSatisfying(ContactAdded.class, event -> {
                    assertThat(event.tags()).isEmpty();
                    assertThat(event.occurredAt()).isAfterOrEqualTo(before);
                });
    }

    @Test
    void addingTheSameContactAgainAnswersTheSameAndRecordsNothing() {
        ledger.answersTheSameAgain("/contacts", ANA, 201);

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void aContactIdInUseForSomeoneElseIsAConflict() {
        ledger.created("/contacts", ANA);

        ledger.refuses("/contacts", """
                {"contactId": "ana", "displayName": "Ana Maria"}""", 409, "id-conflict").naming("contactId");
    }

    @Test
    void theIdOfMeIsInUse() {
        ledger.refuses("/contacts", """
                {"contactId": "%s", "displayName": "Someone"}""".formatted(ledger.meId()), 409, "id-conflict");
    }

    @Test
    void aContactCannotBeAddedToAnUnknownLedger() {
        ledger.refusedInAnUnknownLedger("/contacts", ANA);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        String invalid = """
                {"contactId": "ana/lopez", "displayName": "", "email": "not an email", "tags": ["ok", " "],
                 "role": "%s", "phone": "call me", "url": "javascript:alert(1)"}""".formatted("x".repeat(201));

        ledger.refuses("/contacts", invalid, 400, "invalid-request")
              .naming("contactId", "displayName", "email", "phone", "role", "tags[1]", "url");
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        Answer refused = ledger.refuses("/contacts", """
                {"displayName": "Ana", "tags": "mentor"}""", 400, "invalid-request");

        assertThat(refused.errorAbout("tags")).isEqualTo("must be an array");
    }

    @Test
    void aTimeThatIsNotAnInstantIsNamed() {
        Answer refused = ledger.refuses("/contacts", """
                {"displayName": "Ana", "occurredAt": "yesterday"}""", 400, "invalid-request");

        assertThat(refused.errorAbout("occurredAt")).contains("ISO-8601");
    }

    @Test
    void aContactCannotHaveEnteredTheNetworkInTheFuture() {
        ledger.refuses("/contacts", """
                {"displayName": "Ana", "occurredAt": "%s"}""".formatted(tomorrow()), 422, "in-the-future")
              .naming("occurredAt");
    }
}
