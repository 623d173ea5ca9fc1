package goodwill.ops.bench;

import goodwill.storage.MongoEventStorageEngine;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import org.axonframework.eventhandling.EventMessage;

/**
 * Appends events straight into the event store, two thousand to a write, showing its progress: how a benchmark
 * makes a large history quickly (the command bus records a few hundred events a second). What is left is appended
 * when it is closed.
 */
final class BatchAppender implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final MongoEventStorageEngine store;
    private final ProgressBar progress;
    private final List<List<EventMessage<?>>> batch = new ArrayList<>();

    BatchAppender(MongoEventStorageEngine store, String task, long events) {
        this.store = store;
        this.progress = new ProgressBar(task, events);
    }

    void append(EventMessage<?> event) {
        batch.add(List.of(event));
        if (batch.size() == BATCH) {
            flush();
        }
    }

    @Override
    public void close() {
        flush();
        progress.close();
    }

    private void flush() {
        store.appendCommits(batch);
        progress.stepBy(batch.size());
        batch.clear();
    }
}
