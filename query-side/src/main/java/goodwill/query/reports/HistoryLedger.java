package goodwill.query.reports;

import org.bson.codecs.pojo.annotations.BsonId;

/**
 * Where one ledger's kept history stands. Public only because the driver's record codec reads public records alone.
 *
 * @param events       how many of the ledger's events are kept: the next goes to chunk {@code events / CHUNK}
 * @param lastPosition the event store's position of the last one kept; an event at or before it was kept already
 */
public record HistoryLedger(@BsonId String ledgerId, long events, long lastPosition) {
}
