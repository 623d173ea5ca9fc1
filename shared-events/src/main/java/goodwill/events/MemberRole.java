package goodwill.events;

/** What a member of a ledger may do in it. */
public enum MemberRole {
    /** Reads, records and corrects, and decides who else is a member. */
    OWNER,
    /** Reads, records and corrects. */
    EDITOR,
    /** Reads only. */
    VIEWER;

    public boolean mayRecord() {
        return this != VIEWER;
    }

    public boolean mayManageMembers() {
        return this == OWNER;
    }
}
