package goodwill.query.contacts;

import java.util.ArrayList;
import java.util.List;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The live interactions naming one contact as recorded (not as merged since), among those recorded on one run of
 * {@value ContactsFold#PAGE} positions of the event store, as their corrections left them: where a contact whose
 * kept interactions were all taken out finds its latest again, by key alone. A page stays small however long the
 * history, and an event names the pages it adds to (its contacts', at its position), so that a batch loads them
 * with the rest. Keyed by {@code <ledgerId>:<contactId>:<page>}. Public only because the driver's record codec
 * reads public records alone.
 */
public record TouchPage(@BsonId String id, List<Touch> touches) {

    public TouchPage {
        touches = touches == null ? List.of() : List.copyOf(touches);
    }

    /** The page of an interaction recorded at this position of the event store. */
    static long of(long position) {
        return position / ContactsFold.PAGE;
    }

    static String key(String ledgerId, String contactId, long page) {
        return ledgerId + ":" + contactId + ":" + page;
    }

    /**
     * The page with the interaction as it counts now; one of the same key is replaced, not added. Kept latest
     * first, so that the page is the same however often and in whichever order its interactions came.
     */
    TouchPage with(Touch touch) {
        List<Touch> changed = new ArrayList<>(touches);
        changed.removeIf(kept -> kept.key().equals(touch.key()));
        changed.add(touch);
        changed.sort(ListedContact.LATEST_FIRST);
        return new TouchPage(id, changed);
    }

    TouchPage without(String key) {
        List<Touch> changed = new ArrayList<>(touches);
        changed.removeIf(kept -> kept.key().equals(key));
        return new TouchPage(id, changed);
    }
}
