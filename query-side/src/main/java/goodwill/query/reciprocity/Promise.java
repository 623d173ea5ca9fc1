package goodwill.query.reciprocity;

import goodwill.query.commitments.CommitmentRecord;

/**
 * A commitment between me and a contact, as a balance keeps it: how it stands is the commitments read model's
 * definition ({@link goodwill.query.commitments.CommitmentsFold}), so a commitment is open, kept, broken or
 * released here exactly when it is there. Public only because the driver's record codec reads public records
 * alone.
 *
 * @param way        made by me to the contact, or by the contact to me; what the balance shows it by
 * @param commitment as its resolution left it; its parties as they counted when it was made (a merge since may
 *                   have moved it to a survivor's balance, and the way stays)
 */
public record Promise(Way way, CommitmentRecord commitment) {
}
