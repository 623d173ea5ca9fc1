package goodwill.access;

/** Whether an account exists: what the ledger asks before it makes someone a member. */
public interface AccountDirectory {

    boolean exists(String username);
}
