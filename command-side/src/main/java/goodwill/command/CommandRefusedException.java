package goodwill.command;

import java.util.Locale;

/**
 * A command refused by a rule of the domain, before anything was recorded.
 * <p>
 * The {@link Reason} is what a caller may rely on (the HTTP edge turns each into a status and a stable
 * error code); the message is for people. A refusal is an expected outcome, not a fault, so it carries no
 * stack trace.
 */
public class CommandRefusedException extends RuntimeException {

    public enum Reason {
        /** The ledger does not exist. */
        UNKNOWN_LEDGER(404),
        /** A referenced person is not a live contact of the ledger. */
        UNKNOWN_CONTACT(422),
        /** A referenced favor was not recorded in the ledger. */
        UNKNOWN_FAVOR(422),
        /** The contact named in the path was never a contact of the ledger. */
        NO_SUCH_CONTACT(404, "unknown-contact"),
        /** The favor named in the path was never recorded in the ledger. */
        NO_SUCH_FAVOR(404, "unknown-favor"),
        /** The id is already used in the ledger for something different. */
        ID_CONFLICT(409),
        /** A favor given and received by the same person. */
        SAME_GIVER_AND_RECEIVER(422),
        /** A favor done toward its own giver or receiver: "toward" names a third party. */
        TOWARD_A_PARTY(422),
        /** A time further in the future than clock differences explain. */
        IN_THE_FUTURE(422),
        /** A value outside its allowed range. */
        OUT_OF_RANGE(400),
        /** A retracted favor retracted again, for another reason. */
        ALREADY_RETRACTED(409),
        /** A retracted favor cannot be corrected any more. */
        FAVOR_RETRACTED(409),
        /** A correction that would leave everything as it is. */
        NOTHING_TO_CHANGE(422),
        /** A referenced person was a contact of the ledger, but was archived or merged into another. */
        ARCHIVED_CONTACT(422),
        /** A forgotten contact forgotten again, or anything else recorded about them. */
        CONTACT_FORGOTTEN(409),
        /** A reason for forgetting a person that names them, though it stays readable once they are forgotten. */
        REASON_NAMES_THE_PERSON(422),
        /** An archived contact archived again, for another reason, or changed. */
        ALREADY_ARCHIVED(409),
        /** A contact merged away merged again, into another, or archived or changed. */
        ALREADY_MERGED(409),
        /** What is asked of a contact cannot be done to me, the ledger's owner. */
        IS_ME(422),
        /** A contact merged into itself. */
        MERGE_INTO_ITSELF(422),
        /** A favor said to return itself: a return is always of an earlier, other favor. */
        RECIPROCATES_ITSELF(422),
        /** One person named twice where distinct people are meant (attendees, introducer and introduced, …). */
        NOT_DISTINCT(422),
        /** A meeting initiated by someone who did not attend it. */
        NOT_AN_ATTENDEE(422),
        /** The introduction was never made in the ledger. */
        UNKNOWN_INTRODUCTION(404),
        /** Something said to follow another (an outcome its introduction, …) dated before it. */
        OUT_OF_ORDER(422),
        /** The commitment was never made in the ledger. */
        UNKNOWN_COMMITMENT(404),
        /** A commitment resolved already, differently: a resolution is never replaced. */
        ALREADY_RESOLVED(409),
        /** A field given where it has no meaning, such as the favor that kept a commitment that was broken. */
        NOT_APPLICABLE(422),
        /** The ask was never made in the ledger. */
        UNKNOWN_ASK(404),
        /** An ask answered already, differently: an answer is never replaced. */
        ALREADY_ANSWERED(409),
        /** The meeting was never recorded in the ledger. */
        UNKNOWN_MEETING(404),
        /** No account has the username. */
        UNKNOWN_USER(422),
        /** The account is not a member of the ledger. */
        UNKNOWN_MEMBER(404),
        /** The account is a member of the ledger already, with another role. */
        ALREADY_MEMBER(409),
        /** The change would leave the ledger without an owner. */
        LAST_OWNER(409);

        private final int status;
        private final String code;

        Reason(int status) {
            this.status = status;
            this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** @param code what a client switches on, when it is not the reason's name in words */
        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        /** The HTTP status the refusal is answered with. */
        public int status() {
            return status;
        }

        /** The stable code of the answer: the reason's name in words (or its own, for a path's unknown thing). */
        public String code() {
            return code;
        }
    }

    private final Reason reason;
    private final String field;

    private CommandRefusedException(Reason reason, String field, String message) {
        super(message, null, false, false);
        this.reason = reason;
        this.field = field;
    }

    public static CommandRefusedException unknownLedger(String ledgerId) {
        return new CommandRefusedException(Reason.UNKNOWN_LEDGER, null, "There is no ledger '" + ledgerId + "'.");
    }

    public static CommandRefusedException unknownUser(String field, String username) {
        return new CommandRefusedException(Reason.UNKNOWN_USER, field, "There is no account '" + username + "'.");
    }

    public static CommandRefusedException unknownMember(String username) {
        return new CommandRefusedException(Reason.UNKNOWN_MEMBER, null,
                                           "'" + username + "' is not a member of this ledger.");
    }

    public static CommandRefusedException alreadyMember(String field, String username, String role) {
        return new CommandRefusedException(Reason.ALREADY_MEMBER, field, "'" + username + "' is a member already, as "
                + role + ": change the role with …/members/" + username + "/role.");
    }

    public static CommandRefusedException lastOwner(String username) {
        return new CommandRefusedException(Reason.LAST_OWNER, null, "'" + username
                + "' is the ledger's only owner: make another member an owner first.");
    }

    /** The contact named in the path. */
    public static CommandRefusedException noSuchContact(String contactId) {
        return new CommandRefusedException(Reason.NO_SUCH_CONTACT, null, notALiveContact(contactId));
    }

    /** The favor named in the path. */
    public static CommandRefusedException noSuchFavor(String favorId) {
        return new CommandRefusedException(Reason.NO_SUCH_FAVOR, null, noRecordOf("favor", favorId, "recorded"));
    }

    public static CommandRefusedException unknownContact(String field, String contactId) {
        return new CommandRefusedException(Reason.UNKNOWN_CONTACT, field, notALiveContact(contactId));
    }

    public static CommandRefusedException unknownFavor(String field, String favorId) {
        return new CommandRefusedException(Reason.UNKNOWN_FAVOR, field, noRecordOf("favor", favorId, "recorded"));
    }

    public static CommandRefusedException idConflict(String field, String id) {
        return new CommandRefusedException(Reason.ID_CONFLICT, field,
                                           "'" + id + "' is already used in this ledger for something different.");
    }

    public static CommandRefusedException sameGiverAndReceiver(String field) {
        return new CommandRefusedException(Reason.SAME_GIVER_AND_RECEIVER, field,
                                           "A favor needs two people: its giver cannot be its receiver.");
    }

    public static CommandRefusedException towardAParty(String field) {
        return new CommandRefusedException(Reason.TOWARD_A_PARTY, field,
                                           "A favor is done toward a third party, not toward its giver or receiver.");
    }

    public static CommandRefusedException inTheFuture(String field, Object value) {
        return new CommandRefusedException(Reason.IN_THE_FUTURE, field, value + " is in the future.");
    }

    public static CommandRefusedException tooEarly(String field, Object value, Object earliest) {
        return new CommandRefusedException(Reason.OUT_OF_RANGE, field,
                                           value + " is before " + earliest + ", the earliest time a ledger records.");
    }

    public static CommandRefusedException outOfRange(String field, Object value, Object min, Object max) {
        return new CommandRefusedException(Reason.OUT_OF_RANGE, field,
                                           value + " is not between " + min + " and " + max + ".");
    }

    /** @param what the retracted thing in words, such as "Favor 'f1'" */
    public static CommandRefusedException alreadyRetracted(String what) {
        return new CommandRefusedException(Reason.ALREADY_RETRACTED, "reason",
                                           what + " was already retracted, for another reason.");
    }

    public static CommandRefusedException favorRetracted(String favorId) {
        return new CommandRefusedException(Reason.FAVOR_RETRACTED, null,
                                           "Favor '" + favorId + "' was retracted; it can no longer be amended.");
    }

    public static CommandRefusedException nothingToChange() {
        return new CommandRefusedException(Reason.NOTHING_TO_CHANGE, null,
                                           "The correction changes nothing: every value given is the current one.");
    }

    public static CommandRefusedException archivedContact(String field, String contactId) {
        return new CommandRefusedException(Reason.ARCHIVED_CONTACT, field,
                                           "'" + contactId + "' was archived, merged into another contact or "
                                                   + "forgotten; it is no longer a live contact of this ledger.");
    }

    public static CommandRefusedException contactForgotten(String contactId) {
        return new CommandRefusedException(Reason.CONTACT_FORGOTTEN, null,
                                           "Contact '" + contactId + "' was forgotten at their request: nothing more "
                                                   + "is recorded about them.");
    }

    public static CommandRefusedException reasonNamesThePerson(String field, String contactId) {
        return new CommandRefusedException(Reason.REASON_NAMES_THE_PERSON, field,
                                           "The reason names '" + contactId + "' (their name or email), and it "
                                                   + "stays readable once they are forgotten: say why without "
                                                   + "naming them.");
    }

    public static CommandRefusedException alreadyArchived(String contactId) {
        return new CommandRefusedException(Reason.ALREADY_ARCHIVED, null,
                                           "Contact '" + contactId + "' was archived.");
    }

    public static CommandRefusedException alreadyMerged(String contactId, String survivorId) {
        return new CommandRefusedException(Reason.ALREADY_MERGED, null,
                                           "Contact '" + contactId + "' was merged into '" + survivorId + "'.");
    }

    public static CommandRefusedException isMe(String contactId) {
        return new CommandRefusedException(Reason.IS_ME, null,
                                           "'" + contactId + "' is me, the ledger's owner: me cannot be changed, "
                                                   + "archived, merged away or forgotten as a contact.");
    }

    public static CommandRefusedException mergeIntoItself(String field) {
        return new CommandRefusedException(Reason.MERGE_INTO_ITSELF, field, "A contact cannot be merged into itself.");
    }

    public static CommandRefusedException reciprocatesItself(String field, String favorId) {
        return new CommandRefusedException(Reason.RECIPROCATES_ITSELF, field,
                                           "Favor '" + favorId + "' cannot return itself; name an earlier favor.");
    }

    public static CommandRefusedException notDistinct(String field, String personId) {
        return new CommandRefusedException(Reason.NOT_DISTINCT, field,
                                           "'" + personId + "' is named twice; each role needs a different person.");
    }

    public static CommandRefusedException notAnAttendee(String field, String personId) {
        return new CommandRefusedException(Reason.NOT_AN_ATTENDEE, field,
                                           "'" + personId + "' did not attend the meeting, so cannot have initiated it.");
    }

    public static CommandRefusedException unknownIntroduction(String introductionId) {
        return new CommandRefusedException(Reason.UNKNOWN_INTRODUCTION, null,
                                           noRecordOf("introduction", introductionId, "made"));
    }

    /** @param what what the refused time must not precede, in words, such as "the introduction" */
    public static CommandRefusedException outOfOrder(String field, Object value, String what, Object since) {
        return new CommandRefusedException(Reason.OUT_OF_ORDER, field,
                                           value + " is before " + what + " it follows (" + since + ").");
    }

    public static CommandRefusedException unknownCommitment(String commitmentId) {
        return new CommandRefusedException(Reason.UNKNOWN_COMMITMENT, null,
                                           noRecordOf("commitment", commitmentId, "made"));
    }

    public static CommandRefusedException alreadyResolved(String commitmentId, Object resolution) {
        return new CommandRefusedException(Reason.ALREADY_RESOLVED, null,
                                           "Commitment '" + commitmentId + "' was already resolved as " + resolution + ".");
    }

    /** @param when in words, when the field has a meaning, such as "only when the commitment was KEPT" */
    public static CommandRefusedException notApplicable(String field, String when) {
        return new CommandRefusedException(Reason.NOT_APPLICABLE, field, field + " is given " + when + ".");
    }

    public static CommandRefusedException unknownAsk(String askId) {
        return new CommandRefusedException(Reason.UNKNOWN_ASK, null, noRecordOf("ask", askId, "made"));
    }

    public static CommandRefusedException alreadyAnswered(String askId, Object outcome) {
        return new CommandRefusedException(Reason.ALREADY_ANSWERED, null,
                                           "Ask '" + askId + "' was already answered: " + outcome + ".");
    }

    public static CommandRefusedException unknownMeeting(String meetingId) {
        return new CommandRefusedException(Reason.UNKNOWN_MEETING, null, noRecordOf("meeting", meetingId, "recorded"));
    }

    /** What a refusal says of a person who is not (or no longer) among the ledger's live contacts. */
    private static String notALiveContact(String contactId) {
        return "'" + contactId + "' is not a live contact of this ledger.";
    }

    /** What a refusal says of a thing the ledger has no record of: "No favor 'f1' was recorded in this ledger." */
    private static String noRecordOf(String thing, String id, String how) {
        return "No " + thing + " '" + id + "' was " + how + " in this ledger.";
    }

    public Reason reason() {
        return reason;
    }

    /** The request field the refusal is about, or null when it is about the request as a whole. */
    public String field() {
        return field;
    }
}
