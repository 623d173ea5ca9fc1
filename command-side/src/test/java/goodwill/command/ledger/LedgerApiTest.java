package goodwill.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import goodwill.access.Accounts;
import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.RecordedEvents;
import goodwill.events.EventMetaData;
import goodwill.events.LedgerOpened;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRole;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

@CommandSideTest
class LedgerApiTest {

    @Autowired
    Api api;
    @Autowired
    RecordedEvents recorded;

    @Test
    void openingALedgerAnswersItsIdAndMeWithItsLocation() {
        String ledgerId = "team-" + UUID.randomUUID();

        Answer opened = api.post("/api/ledgers", """
                {"ledgerId": "%s", "ownerName": "Ana Lopez"}""".formatted(ledgerId));

        assertThat(opened.status()).isEqualTo(201);
        assertThat(opened.text("ledgerId")).isEqualTo(ledgerId);
        assertThat(opened.text("meId")).isNotBlank();
        assertThat(opened.headers().getLocation()).hasPath("/api/ledgers/" + ledgerId);
        assertThat(recorded.payloadsOf(Ids.ledger(ledgerId))).satisfiesExactly(
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
        String ledgerId = api.openLedger().text("ledgerId");

        Answer mine = api.exchange(HttpMethod.GET, "/api/ledgers", HttpEntity.EMPTY);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).anySatisfy(ledger -> {
            assertThat(ledger.path("ledgerId").asText()).isEqualTo(ledgerId);
            assertThat(ledger.path("role").asText()).isEqualTo("OWNER");
        });
    }


    @Test
    void aLedgerOpenedWithoutAnIdGetsAUuid() {
        Answer opened = api.post("/api/ledgers", """
                {"ownerName": "Ana Lopez"}""");

        assertThat(opened.status()).isEqualTo(201);
        assertThat(UUID.fromString(opened.text("ledgerId"))).isNotNull();
        assertThat(recorded.sinceOpening(opened.text("ledgerId"))).isEqualTo(0);
    }

    @Test
    void openingTheSameLedgerAgainAnswersAsTheFirstTimeAndRecordsNothing() {
        Answer first = api.openLedger();
        String ledgerId = first.text("ledgerId");

        Answer again = api.post("/api/ledgers", """
                {"ledgerId": "%s", "ownerName": "Ana Lopez"}""".formatted(ledgerId));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }

    @Test
    void aLedgerIdInUseForAnotherOwnerIsAConflict() {
        String ledgerId = api.openLedger().text("ledgerId");

        api.post("/api/ledgers", """
                   {"ledgerId": "%s", "ownerName": "Bo Chen"}""".formatted(ledgerId))
           .isProblem(409, "id-conflict");

        assertThat(recorded.sinceOpening(ledgerId)).isEqualTo(0);
    }

    @Test
    void theOwnerNameIsRequiredAndTheIdMustBeAUuidOrASlug() {
        long before = recorded.total();

        Answer refused = api.post("/api/ledgers", """
                {"ledgerId": "a:b", "ownerName": "  "}""").isProblem(400, "invalid-request");

        assertThat(refused.errorFields()).containsExactly("ledgerId", "ownerName");
        assertThat(recorded.total()).isEqualTo(before);
    }

    @Test
    void eventsCarryTheAuthenticatedUserAndTheRequestsCorrelationId() {
        String ledgerId = "team-" + UUID.randomUUID();

        Answer opened = api.post("/api/ledgers", """
                {"ledgerId": "%s", "ownerName": "Ana Lopez"}""".formatted(ledgerId), Map.of("X-Correlation-Id", "req-42"));

        assertThat(opened.headers().getFirst("X-Correlation-Id")).isEqualTo("req-42");
        assertThat(recorded.of(Ids.ledger(ledgerId))).hasSize(RecordedEvents.OPENING).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry(EventMetaData.RECORDED_BY, Accounts.FIRST_ADMINISTRATOR);
            assertThat(event.getMetaData()).containsEntry(EventMetaData.CORRELATION_ID, "req-42");
        });
    }

    @Test
    void withoutACorrelationIdEventsAreRecordedUnderAGeneratedOne() {
        Answer opened = api.openLedger();
        String correlationId = opened.headers().getFirst("X-Correlation-Id");

        assertThat(correlationId).isNotBlank();
        assertThat(recorded.of(Ids.ledger(opened.text("ledgerId")))).allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry(EventMetaData.CORRELATION_ID, correlationId));
    }

    @Test
    void nobodyRecordsInAnothersName() {
        long before = recorded.total();

        api.post("/api/ledgers", """
                   {"ownerName": "Ana Lopez"}""", Map.of("X-Goodwill-User", "boss@victim.example"))
           .isProblem(400, "invalid-header");

        assertThat(recorded.total()).isEqualTo(before);
    }
}
