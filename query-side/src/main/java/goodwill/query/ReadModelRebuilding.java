package goodwill.query;

import goodwill.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A query asked a read model that is being rebuilt from history: what it holds is not yet the whole
 * history, so it is not answered from at all. Answered 503 {@code rebuilding} with the {@code readModel}, its
 * {@code progressPercent} and a {@code Retry-After}.
 */
public class ReadModelRebuilding extends Refusal {

    public ReadModelRebuilding(String processor, int progressPercent, int retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "rebuilding", "The read model '" + processor
                + "' is being rebuilt from history (" + progressPercent + "% done); ask again shortly.");
        say("readModel", processor);
        say("progressPercent", progressPercent);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }
}
