package goodwill.query.admin;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The event processors, their replays, and the events their read models set aside (dead letters). GETs only look; a replay is a POST that answers {@code 202} once the
 * processor has been reset and started again, with the status to follow at {@code Location}.
 */
@RestController
@RequestMapping("/api/admin/processors")
class ProcessorsController {

    private final Processors processors;
    private final SetAsideEvents setAside;

    ProcessorsController(Processors processors, SetAsideEvents setAside) {
        this.processors = processors;
        this.setAside = setAside;
    }

    /**
     * Every event processor of this node: its status, how far behind the head it is, its replay and what it set
     * aside.
     */
    @GetMapping
    List<ProcessorStatus> processors() {
        return processors.all();
    }

    /** One event processor of this node, as the list shows it. */
    @GetMapping("/{name}")
    ProcessorStatus processor(@PathVariable String name) {
        return processors.one(name);
    }

    /**
     * Rebuilds the processor's read model from the whole history: answered 202 once it has been reset and started
     * again, its status at {@code Location}; the read model's queries answer 503 {@code rebuilding} meanwhile. Other
     * query-side processes holding segments of it are asked to let go first, and take part in the replay after.
     */
    @PostMapping("/{name}/replay")
    ResponseEntity<ProcessorStatus> replay(@PathVariable String name) {
        ProcessorStatus status = processors.replay(name);
        URI location = UriComponentsBuilder.fromPath("/api/admin/processors/{name}").buildAndExpand(name).toUri();
        return ResponseEntity.accepted().location(location).body(status);
    }

    /** The ledgers the read model set events of aside, each with the first one (the one it could not apply). */
    @GetMapping("/{name}/dead-letters")
    List<SetAsideEvents.SetAsideLedger> deadLetters(@PathVariable String name) {
        processors.one(name);
        return setAside.ledgers(name);
    }

    /** Applies every set-aside ledger's events again, in order, once their cause is fixed. */
    @PostMapping("/{name}/dead-letters/retry")
    SetAsideEvents.Retried retry(@PathVariable String name) {
        processors.one(name);
        return setAside.retry(name);
    }

    record Evicted(String ledgerId, long events) {
    }

    /** Drops a ledger's set-aside events: the read model goes on without them (a replay brings them back). */
    @PostMapping("/{name}/dead-letters/{ledgerId}/eviction")
    Evicted evict(@PathVariable String name, @PathVariable String ledgerId) {
        processors.one(name);
        return new Evicted(ledgerId, setAside.evict(name, ledgerId));
    }
}
