package goodwill.query.reports;

/** The time axis an as-of report is read on. */
public enum Basis {
    /** What had happened by the date (by {@code occurredAt}), as the ledger knows it now, late entries and corrections included. */
    OCCURRED,
    /** What the ledger said on the date: the events recorded by then, before later corrections and late entries. */
    RECORDED
}
