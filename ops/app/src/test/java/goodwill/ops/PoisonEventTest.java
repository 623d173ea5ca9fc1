package goodwill.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.events.ContactAdded;
import goodwill.events.FavorRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An event a read model cannot apply stops nothing but its own ledger in that read model: every other ledger's
 * events keep reaching every read model, the ledger's queries say why they cannot be answered, health is down, and
 * an administrator retries (once fixed) or evicts what was set aside. Two kinds of poison: an event stored before
 * the command side refused its time (written straight into the event store, as an old stored event would be), and
 * a read model that fails until it is fixed.
 */
@AppTest
@Import(PoisonEventTest.Fragile.class)
class PoisonEventTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A read model that cannot handle the favors of one ledger until it is fixed; counts the favors it applied. */
    @ProcessingGroup("fragile")
    static class Fragile {

        static volatile String brokenFor;
        static final Set<String> applied = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(FavorRecorded favor) {
            if (favor.ledgerId().equals(brokenFor)) {
                throw new IllegalStateException("a bug in the fold");
            }
            applied.add(favor.ledgerId() + ":" + favor.favorId());
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;

    @Test
    void anEventWithATimeNoReadModelHoldsParksOnlyItsLedgerAndAReplayCompletes() {
        Ledger poisoned = openLedger("Poisoned");
        Ledger other = openLedger("Other");
        Ledger third = openLedger("Third");
        // As an event stored before the command side bounded times would be: it is in the history for good.
        eventStore.publish(new GenericDomainEventMessage<>(
                "Contact", poisoned.id() + ":contact:ancient", 0,
                new ContactAdded(poisoned.id(), "ancient", "Ancient", null, null, null, List.of(), null,
                                 Instant.parse("-999999999-01-01T00:00:00Z"))));
        favor(poisoned, "after-the-poison");
        favor(other, "f1");
        favor(third, "f1");

        // Every other ledger's favor reaches every read model; the poisoned ledger's, recorded after, does not.
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (Ledger ledger : List.of(other, third)) {
                assertThat(get("/api/ledgers/" + ledger.id() + "/journal").getBody().path("entries").size()).isEqualTo(4);
                assertThat(get("/api/ledgers/" + ledger.id() + "/reciprocity/" + ledger.contact()).getBody()
                                   .path("given").path("count").asInt()).isEqualTo(1);
                for (String readModel : List.of("contacts", "advocates", "commitments", "depth", "introductions",
                                                "reports/as-of")) {
                    assertThat(get("/api/ledgers/" + ledger.id() + "/" + readModel).getStatusCode())
                            .as(readModel).isEqualTo(HttpStatus.OK);
                }
            }
        });
        ResponseEntity<JsonNode> degraded = get("/api/ledgers/" + poisoned.id() + "/contacts");
        assertThat(degraded.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(degraded.getBody().path("code").asText()).isEqualTo("read-model-degraded");
        assertThat(degraded.getBody().path("readModel").asText()).isEqualTo("contacts");
        assertThat(degraded.getBody().path("event").path("type").asText()).isEqualTo("ContactAdded");
        assertThat(degraded.getBody().path("event").path("reason").asText()).contains("occurredAt", "0000 to 9999");
        assertThat(degraded.getBody().path("eventsSetAside").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(degraded.getBody().toString()).doesNotContain("goodwill.", "java.");
        assertThat(get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        JsonNode setAside = get("/api/admin/processors/contacts/dead-letters").getBody();
        assertThat(setAside.findValuesAsText("ledgerId")).containsExactly(poisoned.id());
        assertThat(get("/api/admin/processors/contacts").getBody().path("setAside").asLong()).isEqualTo(1);

        // The event still cannot be applied: a retry leaves it set aside, and a replay completes all the same.
        JsonNode retried = post("/api/admin/processors/contacts/dead-letters/retry").getBody();
        assertThat(retried.path("stillSetAside").asLong()).isEqualTo(1);
        assertThat(post("/api/admin/processors/contacts/replay").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode contacts = get("/api/admin/processors/contacts").getBody();
            assertThat(contacts.path("status").asText()).isEqualTo("RUNNING");
            assertThat(contacts.path("behind").asLong()).isZero();
            assertThat(contacts.path("setAside").asLong()).isEqualTo(1);
            assertThat(get("/api/ledgers/" + other.id() + "/contacts").getStatusCode()).isEqualTo(HttpStatus.OK);
        });

        // Evicted everywhere, the ledger is answered again, without what could not be applied; health is up.
        for (JsonNode processor : get("/api/admin/processors").getBody()) {
            if (processor.path("setAside").asLong() > 0) {
                String name = processor.path("name").asText();
                assertThat(post("/api/admin/processors/" + name + "/dead-letters/" + poisoned.id() + "/eviction")
                                   .getStatusCode()).as(name).isEqualTo(HttpStatus.OK);
            }
        }
        ResponseEntity<JsonNode> answered = get("/api/ledgers/" + poisoned.id() + "/contacts");
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getBody().toString()).doesNotContain("ancient");
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    @Test
    void aReadModelThatFailsOnALedgerCatchesUpWithItWhenRetriedAfterTheFix() {
        Ledger broken = openLedger("Broken");
        Ledger other = openLedger("Other");
        Fragile.brokenFor = broken.id();
        favor(broken, "first");
        favor(broken, "second");
        favor(other, "f1");

        await().atMost(PATIENCE).until(() -> Fragile.applied.contains(other.id() + ":f1"));
        await().atMost(PATIENCE).until(() -> get("/api/admin/processors/fragile").getBody().path("setAside").asLong() == 1);
        assertThat(Fragile.applied).noneMatch(key -> key.startsWith(broken.id()));
        assertThat(get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        JsonNode setAside = get("/api/admin/processors/fragile/dead-letters").getBody();
        assertThat(setAside.get(0).path("events").asLong()).isEqualTo(2);
        assertThat(setAside.get(0).path("reason").asText()).doesNotContain("bug in the fold", "Exception");

        Fragile.brokenFor = null; // the fix
        JsonNode retried = post("/api/admin/processors/fragile/dead-letters/retry").getBody();

        assertThat(retried.path("applied").asInt()).isEqualTo(1);
        assertThat(retried.path("stillSetAside").asLong()).isZero();
        assertThat(Fragile.applied).contains(broken.id() + ":first", broken.id() + ":second");
        await().atMost(PATIENCE).untilAsserted(
                () -> assertThat(get("/actuator/health").getStatusCode()).isEqualTo(HttpStatus.OK));
    }

    private record Ledger(String id, String me, String contact) {
    }

    private Ledger openLedger(String owner) {
        JsonNode ledger = http.postForEntity("/api/ledgers", Map.of("ownerName", owner), JsonNode.class).getBody();
        String id = ledger.path("ledgerId").asText();
        String contact = http.postForEntity("/api/ledgers/" + id + "/contacts", Map.of("displayName", "Ana " + owner),
                                            JsonNode.class).getBody().path("contactId").asText();
        return new Ledger(id, ledger.path("meId").asText(), contact);
    }

    private void favor(Ledger ledger, String favorId) {
        ResponseEntity<JsonNode> recorded = http.postForEntity("/api/ledgers/" + ledger.id() + "/favors", Map.of(
                "favorId", favorId, "giverId", ledger.me(), "receiverId", ledger.contact(), "kind", "ADVICE",
                "weight", 2, "asked", false, "occurredAt", "2024-04-01T10:00:00Z"), JsonNode.class);
        assertThat(recorded.getStatusCode()).as("favor %s: %s", favorId, recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<JsonNode> get(String path) {
        return http.getForEntity(path, JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path) {
        return http.postForEntity(path, null, JsonNode.class);
    }
}
