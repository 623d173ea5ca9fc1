package goodwill.access;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import goodwill.events.MemberAdded;
import goodwill.events.MemberRole;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * The membership read model: who may do what in which ledger. Every access check is one lookup by its unique key
 * (ledger and username), never answered from memory, so that a member removed on this node or another loses access
 * from the next request on. It is written by {@link MembershipProjection}, in the unit of work that records the
 * membership events.
 */
public class Memberships {

    private final MongoCollection<Document> members;

    public Memberships(MongoDatabase database) {
        // Written in the unit of work that appends the events, whose closing write is journaled: see MongoLedgerDirectory.
        this.members = database.withWriteConcern(WriteConcern.MAJORITY).getCollection(AccessCollections.MEMBERSHIPS);
        members.createIndex(Indexes.ascending("username"), new IndexOptions().name("username"));
        members.createIndex(Indexes.ascending("ledgerId"), new IndexOptions().name("ledger"));
    }

    public Optional<MemberRole> roleOf(String ledgerId, String username) {
        Document found = members.find(eq("_id", key(ledgerId, username))).first();
        return found == null ? Optional.empty() : Optional.of(MemberRole.valueOf(found.getString("role")));
    }

    /** Whether anyone is a member of any ledger. */
    public boolean any() {
        return members.find().limit(1).first() != null;
    }

    /** Whether the ledger has a member: every ledger opened has one, a ledger id never used has none. */
    public boolean hasMembers(String ledgerId) {
        return members.find(eq("ledgerId", ledgerId)).limit(1).first() != null;
    }

    /** The user's ledgers, by ledger id. */
    public List<Membership> ledgersOf(String username) {
        return members.find(eq("username", username)).sort(Sorts.ascending("ledgerId"))
                      .map(Memberships::membershipOf).into(new ArrayList<>());
    }

    /** The ledger's members, by username. */
    public List<Membership> membersOf(String ledgerId) {
        return members.find(eq("ledgerId", ledgerId)).sort(Sorts.ascending("username"))
                      .map(Memberships::membershipOf).into(new ArrayList<>());
    }

    /**
     * What a {@code MemberAdded} records: the member, with the role given, since it occurred, added by whoever
     * recorded it (the member themselves for a ledger's opening recorded before that was noted).
     */
    public void added(MemberAdded event, String recordedBy) {
        add(new Membership(event.ledgerId(), event.username(), event.role(), event.occurredAt(),
                           recordedBy == null ? event.username() : recordedBy));
    }

    void add(Membership membership) {
        members.replaceOne(eq("_id", key(membership.ledgerId(), membership.username())),
                           new Document("_id", key(membership.ledgerId(), membership.username()))
                                   .append("ledgerId", membership.ledgerId()).append("username", membership.username())
                                   .append("role", membership.role().name())
                                   .append("since", Date.from(membership.since()))
                                   .append("addedBy", membership.addedBy()),
                           new ReplaceOptions().upsert(true));
    }

    void changeRole(String ledgerId, String username, MemberRole role) {
        members.updateOne(eq("_id", key(ledgerId, username)), Updates.set("role", role.name()));
    }

    void remove(String ledgerId, String username) {
        members.deleteOne(eq("_id", key(ledgerId, username)));
    }

    /** Neither a ledger id (a UUID or a slug) nor a username holds a '/'. */
    private static String key(String ledgerId, String username) {
        return ledgerId + "/" + username;
    }

    private static Membership membershipOf(Document document) {
        return new Membership(document.getString("ledgerId"), document.getString("username"),
                              MemberRole.valueOf(document.getString("role")), document.getDate("since").toInstant(),
                              document.getString("addedBy"));
    }
}
