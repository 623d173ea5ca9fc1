package goodwill.storage.crypto;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What forgetting a person does to the storage, once their {@code ContactForgotten} is recorded: their data key is
 * destroyed (as many times as asked: every read model asks when it applies the forgetting, so a crash before one of
 * them did destroys it all the same), and the embedded store's file is rewritten soon
 * after, so that no old copy of what was readable before (a read model's page, the key itself) survives in it.
 * The read models apply the forgetting one after another, and one rewrite after the last is enough: they ask for it
 * once every one of them has written what replaces the person's details, and within a while at the latest after the
 * first (one may be stopped).
 */
public final class Forgetting implements AutoCloseable {

    /** How long after the last request the file is rewritten. */
    public static final Duration REWRITE_AFTER = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(Forgetting.class);

    private final DataKeys keys;
    private final Runnable rewriteFile;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "forgetting");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> rewrite;

    /** @param rewriteFile rewrites the embedded store's file with nothing of what it no longer holds; or nothing */
    public Forgetting(DataKeys keys, Runnable rewriteFile) {
        this.keys = keys;
        this.rewriteFile = rewriteFile;
    }

    /**
     * Destroys the person's key (again, if it is gone already); answers whether there was a key to destroy. The file
     * is rewritten when asked ({@link #rewriteSoon}, {@link #rewriteWithin}), once what replaced their details is
     * written too.
     */
    public boolean forget(String ledgerId, String personId) {
        return keys.forget(ledgerId, personId);
    }

    /** Whether the person was forgotten: their key destroyed, or never made. */
    public boolean isForgotten(String ledgerId, String personId) {
        return keys.isForgotten(ledgerId, personId);
    }

    /** Has the store's file rewritten once nothing has asked for a while ({@link #REWRITE_AFTER}). */
    public synchronized void rewriteSoon() {
        if (rewrite != null) {
            rewrite.cancel(false);
        }
        rewrite = later.schedule(this::rewrite, REWRITE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Has the store's file rewritten within this time at the latest, or sooner when asked again. */
    public synchronized void rewriteWithin(Duration time) {
        if (rewrite == null || rewrite.isDone()) {
            rewrite = later.schedule(this::rewrite, time.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void rewrite() {
        try {
            rewriteFile.run();
        } catch (RuntimeException e) {
            LOG.warn("Rewriting the store's file after a forgetting failed; the next forgetting tries again", e);
        }
    }

    @Override
    public void close() {
        later.shutdownNow();
    }
}
