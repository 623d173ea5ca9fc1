package goodwill.query;

/**
 * A query asked a read model that is being rebuilt from history: what it holds is not yet the whole
 * history, so it is not answered from at all.
 */
public class ReadModelRebuilding extends RuntimeException {

    private final String processor;
    private final int progressPercent;
    private final int retryAfterSeconds;

    public ReadModelRebuilding(String processor, int progressPercent, int retryAfterSeconds) {
        super("The read model '" + processor + "' is being rebuilt from history (" + progressPercent
              + "% done); ask again shortly.", null, false, false);
        this.processor = processor;
        this.progressPercent = progressPercent;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String processor() {
        return processor;
    }

    public int progressPercent() {
        return progressPercent;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
