package goodwill.command.contact;

import goodwill.command.CommandRefusedException;
import goodwill.command.contact.ContactController.AddContactRequest;
import goodwill.command.contact.ImportContact.Outcome;
import goodwill.command.contact.ImportContact.Outcome.Action;
import goodwill.command.imports.ContactFile;
import goodwill.command.imports.ContactFile.Problem;
import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Skipped;
import jakarta.annotation.PreDestroy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports of contacts, each run in the background over the public command path: every person of the file is one
 * {@link ImportContact}, sent with the importing user's metadata, under the same rules as a contact added through
 * the API. An import first checks every row (each command dry run: the details as the API checks them, then the
 * aggregate's own rules), and records only a file without problems, unless asked to record in part: all or nothing.
 * <p>
 * An import is kept in memory on the node that runs it, for its progress and report to be asked for; the last
 * {@value #KEPT} are kept. Importing the same file twice records nothing the second time, as each person's contact
 * id is made from the ledger and the file's source key.
 */
@Component
public class ContactImports {

    private static final Logger log = LoggerFactory.getLogger(ContactImports.class);
    private static final int KEPT = 20;
    /** Commands sent at once by an import; the store takes a few commits in parallel well. */
    private static final int IN_FLIGHT = 4;

    enum State { RUNNING, DONE, REFUSED, FAILED }

    enum Phase { CHECKING, RECORDING, FINISHED }

    /** What an import is asked to do. */
    record Request(String importId, String ledgerId, String format, boolean dryRun, boolean partial,
                   Map<String, String> metadata) {
    }

    /** A person of the file, by what the import did (or, dry run, would do) with them. */
    record Entry(long line, String contactId, String displayName, List<String> changes) {
    }

    record Progress(int done, int of) {
    }

    record Counts(int add, int change, int unchanged, int skipped, int problems) {
    }

    /**
     * An import as it stands: while running, its progress; once done, its report.
     *
     * @param recorded whether anything of the file was recorded (false for a dry run, and for a refused file)
     */
    record ImportView(String importId, String ledgerId, String format, boolean dryRun, boolean partial, State state,
                      Phase phase, Progress progress, boolean recorded, Counts counts, List<Entry> add,
                      List<Entry> change, List<Entry> unchanged, List<Skipped> skipped, List<Problem> problems) {
    }

    private final CommandGateway commands;
    private final Validator validator;
    private final ExecutorService runs = Executors.newCachedThreadPool(named("import"));
    private final ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT, named("import-command"));
    private final Map<String, Run> kept = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > KEPT;
        }
    };

    ContactImports(CommandGateway commands, Validator validator) {
        this.commands = commands;
        this.validator = validator;
    }

    /**
     * Starts importing the file, unless an import of the same id was started already: that one is answered, and the
     * file is not imported again.
     */
    CompletableFuture<ImportView> start(Request request, ContactFile file) {
        Run run;
        synchronized (kept) {
            Run earlier = kept.get(request.importId());
            if (earlier != null && earlier.request.ledgerId().equals(request.ledgerId())) {
                return earlier.finished;
            }
            run = new Run(request, file);
            kept.put(request.importId(), run);
        }
        runs.execute(run::run);
        return run.finished;
    }

    Optional<ImportView> find(String ledgerId, String importId) {
        synchronized (kept) {
            return Optional.ofNullable(kept.get(importId)).filter(run -> run.request.ledgerId().equals(ledgerId))
                           .map(Run::view);
        }
    }

    /** The id of a person's contact: the same for the same source key in the same ledger, whatever the file. */
    static String contactIdOf(String ledgerId, String sourceKey) {
        String name = ledgerId + "\nimport\n" + sourceKey;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
        senders.shutdownNow();
    }

    /** One import, from its file to its report. */
    private final class Run {
        private final Request request;
        private List<Row> rows;
        private final List<Skipped> skipped;
        private final List<Problem> problems;
        /** What each row's command answered, by the row's index; null until it has. */
        private Outcome[] outcomes;
        private final AtomicInteger done = new AtomicInteger();
        private final CompletableFuture<ImportView> finished = new CompletableFuture<>();
        /** The report, once the import has ended: what is kept of it (its rows are let go). */
        private volatile ImportView report;
        private volatile State state = State.RUNNING;
        private volatile Phase phase = Phase.CHECKING;
        private volatile boolean recorded;

        Run(Request request, ContactFile file) {
            this.request = request;
            this.rows = file.rows();
            this.skipped = new ArrayList<>(file.skipped());
            this.problems = new ArrayList<>(file.problems());
            this.outcomes = new Outcome[rows.size()];
        }

        void run() {
            try {
                boolean[] valid = new boolean[rows.size()];
                for (int i = 0; i < rows.size(); i++) {
                    valid[i] = checked(rows.get(i));
                    if (!valid[i]) {
                        done.incrementAndGet();
                    }
                }
                sendAll(i -> valid[i], true);
                // Decided once the whole file is checked: a problem met while recording (a race) refuses nothing.
                boolean accepted = problemCount() == 0 || request.partial();
                if (accepted && !request.dryRun()) {
                    phase = Phase.RECORDING;
                    done.set(0);
                    recorded = true;
                    sendAll(i -> outcomes[i] != null && (outcomes[i].action() == Action.ADD
                                                         || outcomes[i].action() == Action.CHANGE), false);
                }
                state = accepted || request.dryRun() ? State.DONE : State.REFUSED;
            } catch (RuntimeException e) {
                log.error("Import {} into ledger {} failed", request.importId(), request.ledgerId(), e);
                state = State.FAILED;
            } finally {
                phase = Phase.FINISHED;
                report = view();
                rows = List.of();
                outcomes = new Outcome[0];
                finished.complete(report);
            }
        }

        /** Checks the row's details as the API checks a new contact's; a problem for each that is wrong. */
        private boolean checked(Row row) {
            var details = new AddContactRequest(null, row.displayName(), row.organization(), row.role(), row.email(),
                                                row.tags(), row.note(), row.occurredAt(), row.phone(), row.url());
            List<ConstraintViolation<AddContactRequest>> violations =
                    validator.validate(details).stream()
                             .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                             .toList();
            for (ConstraintViolation<AddContactRequest> violation : violations) {
                String field = violation.getPropertyPath().toString();
                problem(new Problem(row.line(), field, "'" + violation.getInvalidValue() + "' "
                                                       + violation.getMessage()));
            }
            return violations.isEmpty();
        }

        /** Sends the command of every row chosen, a few at once, and waits for all of them. */
        private void sendAll(IntPredicate chosen, boolean dryRun) {
            CompletableFuture.allOf(IntStream.range(0, rows.size()).filter(chosen).mapToObj(
                    i -> CompletableFuture.runAsync(() -> send(i, dryRun), senders)).toArray(CompletableFuture[]::new))
                             .join();
        }

        private void send(int index, boolean dryRun) {
            Row row = rows.get(index);
            ImportContact command = new ImportContact(new AddContact(
                    request.ledgerId(), contactIdOf(request.ledgerId(), row.sourceKey()), row.displayName(),
                    row.organization(), row.role(), row.email(), row.tags(), row.note(), row.occurredAt(), row.phone(),
                    row.url()), dryRun);
            try {
                outcomes[index] = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                                                                            .andMetaData(request.metadata()));
            } catch (CommandRefusedException refusal) {
                outcomes[index] = null;
                problem(new Problem(row.line(), refusal.field(), refusal.getMessage()));
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                outcomes[index] = null;
                problem(new Problem(row.line(), null, "the contact was changed by another request at the same time: "
                                                      + "import the file again"));
            } finally {
                done.incrementAndGet();
            }
        }

        private void problem(Problem problem) {
            synchronized (problems) {
                problems.add(problem);
            }
        }

        private int problemCount() {
            synchronized (problems) {
                return problems.size();
            }
        }

        ImportView view() {
            ImportView ended = report;
            if (ended != null) {
                return ended;
            }
            // As they are now: they are let go of once the import ends, while this may still be reading them.
            List<Row> rows = this.rows;
            Outcome[] outcomes = this.outcomes;
            Map<Action, List<Entry>> entries = new LinkedHashMap<>();
            for (Action action : Action.values()) {
                entries.put(action, new ArrayList<>());
            }
            for (int i = 0; i < Math.min(rows.size(), outcomes.length); i++) {
                Outcome outcome = outcomes[i];
                if (outcome != null) {
                    Row row = rows.get(i);
                    entries.get(outcome.action()).add(new Entry(row.line(), contactIdOf(request.ledgerId(),
                                                                                        row.sourceKey()),
                                                                row.displayName(), outcome.changes()));
                }
            }
            List<Skipped> left = new ArrayList<>(skipped);
            entries.get(Action.ARCHIVED).forEach(entry -> left.add(new Skipped(
                    entry.line(), "archived in the ledger (contact " + entry.contactId() + "): left as it is")));
            entries.get(Action.MERGED).forEach(entry -> left.add(new Skipped(
                    entry.line(), "merged into another contact in the ledger: left as it is")));
            entries.get(Action.FORGOTTEN).forEach(entry -> left.add(new Skipped(
                    entry.line(), "forgotten in the ledger at their request: nothing more is recorded about them")));
            left.sort(Comparator.comparingLong(Skipped::line));
            List<Problem> wrong;
            synchronized (problems) {
                wrong = problems.stream().sorted(Comparator.comparingLong(Problem::line)).toList();
            }
            List<Entry> add = entries.get(Action.ADD);
            List<Entry> change = entries.get(Action.CHANGE);
            List<Entry> unchanged = entries.get(Action.UNCHANGED);
            int of = phase == Phase.RECORDING ? add.size() + change.size() : rows.size();
            return new ImportView(request.importId(), request.ledgerId(), request.format(), request.dryRun(),
                                  request.partial(), state, phase, new Progress(Math.min(done.get(), of), of),
                                  recorded, new Counts(add.size(), change.size(), unchanged.size(), left.size(),
                                                       wrong.size()),
                                  add, change, unchanged, List.copyOf(left), wrong);
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
