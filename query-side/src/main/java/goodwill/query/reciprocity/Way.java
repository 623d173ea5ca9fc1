package goodwill.query.reciprocity;

/** Which way a commitment or an ask goes between me and a contact: made by me, or by the contact to me. */
public enum Way {
    BY_ME,
    TO_ME
}
