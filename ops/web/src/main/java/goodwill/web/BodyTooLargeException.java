package goodwill.web;

import java.io.IOException;

/**
 * A request body over the limit. An {@link IOException}, so that it passes through the JSON reader unchanged
 * when the limit is only found out while reading (a body sent without a length).
 */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.", null);
    }
}
