package goodwill.ops.backup;

import me.tongfei.progressbar.ProgressBar;

/** A backup's or a restore's progress, as a bar on standard error once it knows how much there is. */
public final class BackupProgress implements Backup.Progress, AutoCloseable {

    private final ProgressBar bar;

    public BackupProgress(String task) {
        this.bar = new ProgressBar(task, -1);
    }

    @Override
    public void start(long documents) {
        bar.maxHint(documents);
    }

    @Override
    public void copied(long documents) {
        if (documents % 1000 == 0) {
            bar.stepTo(documents);
        }
    }

    @Override
    public void close() {
        bar.close();
    }
}
