package goodwill.query.journal;

/** One entry of a ledger's journal by its event id: what a correction links to; answered with a {@link JournalEntry}. */
record FindJournalEntry(String ledgerId, String eventId) {
}
