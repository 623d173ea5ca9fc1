package goodwill.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.access.Accounts;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.command.RecordedEvents;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRole;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

@CommandSideTest
class LedgerApiTest {

    /** The ledger each test finds open, besides any it opens itself. */
    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withoutContacts();

    private static String toOpen(String ledgerId, String ownerName) {
        return """
                {"ledgerId": "%s", "ownerName": "%s"}""".formatted(ledgerId, ownerName);
    }

    @Test
    void openingALedgerAnswersItsIdAndMeWithItsLocation() {
        String ledgerId = "team-" + UUID.randomUUID();

        Answer opened = ledger.api().post("/api/ledgers", toOpen(ledgerId, "Ana Lopez"));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("ledgerId")).isEqualTo(ledgerId);
        assertThat(opened.text("meId")).isNotBlank();
        assertThat(opened.headers().getLocation()).hasPath("/api/ledgers/" + ledgerId);
        assertThat(ledger.recorded().payloadsOf(Ids.ledger(ledgerId))).satisfiesExactly(
                first -> assertThat(first).isInstanceOfSatisfying(LedgerOpened.class, event -> {
                    assertThat(event.meId()).isEqualTo(opened.text("meId"));
                    assertThat(event.ownerName()).isEqualTo("Ana Lopez");
                }),
                second -> assertThat(second).isInstanceOfSatisfying(MemberAdded.class, event -> {
                    assertThat(event.username()).isEqualTo(Accounts.FIRST_ADMINISTRATOR);
                    assertThat(event.role()).isEqualTo(MemberRole.OWNER);
                }));
    }

    @Test
    void whoeverOpensALedgerIsItsOwnerAndSeesItInTheirLedgers() {
        Answer mine = ledger.api().exchange(HttpMethod.GET, "/api/ledgers", HttpEntity.EMPTY);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).anySatisfy(listed -> {
            assertThat(listed.path("ledgerId").asText()).isEqualTo(ledger.id());
            assertThat(listed.path("role").asText()).isEqualTo("OWNER");
        });
    }

    @Test
    void aLedgerOpenedWithoutAnIdGetsAUuid() {
        Answer opened = ledger.api().post("/api/ledgers", """
                {"ownerName": "Ana Lopez"}""");

        assertThat(opened.status()).isEqualTo(201);
        assertThat(UUID.fromString(opened.text("ledgerId"))).isNotNull();
        assertThat(ledger.recorded().sinceOpening(opened.text("ledgerId"))).isEqualTo(0);
    }

    @Test
    void openingTheSameLedgerAgainAnswersAsTheFirstTimeAndRecordsNothing() {
        Answer again = ledger.api().post("/api/ledgers", toOpen(ledger.id(), "Ana Lopez"));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(ledger.opening().body());
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(0);
    }

    @Test
    void aLedgerIdInUseForAnotherOwnerIsAConflict() {
        ledger.api().post("/api/ledgers", toOpen(ledger.id(), "Bo Chen")).isProblem(409, "id-conflict");

        assertThat(ledger.recordedSinceSetUp()).isEqualTo(0);
    }

    @Test
    void theOwnerNameIsRequiredAndTheIdMustBeAUuidOrASlug() {
        long before = ledger.recorded().total();

        ledger.api().post("/api/ledgers", toOpen("a:b", "  ")).isProblem(400, "invalid-request")
              .naming("ledgerId", "ownerName");

        assertThat(ledger.recorded().total()).isEqualTo(before);
    }

    @Test
    void eventsCarryTheAuthenticatedUserAndTheRequestsCorrelationId() {
        String ledgerId = "team-" + UUID.randomUUID();

        Answer opened = ledger.api().post("/api/ledgers", toOpen(ledgerId, "Ana Lopez"),
                                          Map.of("X-Correlation-Id", "req-42"));

        assertThat(opened.headers().getFirst("X-Correlation-Id")).isEqualTo("req-42");
        assertThat(ledger.recorded().of(Ids.ledger(ledgerId))).hasSize(RecordedEvents.OPENING).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry(EventMetaData.RECORDED_BY, Accounts.FIRST_ADMINISTRATOR);
            assertThat(event.getMetaData()).containsEntry(EventMetaData.CORRELATION_ID, "req-42");
        });
    }

    @Test
    void withoutACorrelationIdEventsAreRecordedUnderAGeneratedOne() {
        String correlationId = ledger.opening().headers().getFirst("X-Correlation-Id");

        assertThat(correlationId).isNotBlank();
        assertThat(ledger.recorded().of(Ids.ledger(ledger.id()))).allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry(EventMetaData.CORRELATION_ID, correlationId));
    }

    @Test
    void nobodyRecordsInAnothersName() {
        long before = ledger.recorded().total();

        ledger.api().post("/api/ledgers", """
                   {"ownerName": "Ana Lopez"}""", Map.of("X-Goodwill-User", "boss@victim.example"))
              .isProblem(400, "invalid-header");

        assertThat(ledger.recorded().total()).isEqualTo(before);
    }
}
