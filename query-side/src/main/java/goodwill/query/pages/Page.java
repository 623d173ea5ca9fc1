package goodwill.query.pages;

import java.util.List;
import java.util.Optional;

/**
 * A page, served at {@code /<id>.html} (the index at {@code /} too): its own content is its {@code <main>}
 * ({@code templates/pages/<id>.html}), its script {@code /js/<id>.js}, and the frame around them, the same for every
 * page, is {@code templates/page.html}.
 *
 * @param title     the page's title
 * @param charts    whether its script draws charts (Chart.js is loaded before it)
 * @param linksHome whether the brand in the header links to the index (the index and the sign-in page are home)
 * @param account   whether the header shows the account's pages (the ledgers, the tokens)
 */
record Page(String id, String title, boolean charts, boolean linksHome, boolean account) {

    static final Page INDEX = new Page("index", "Goodwill", false, false, true);

    /** Every page. */
    static final List<Page> ALL = List.of(
            INDEX,
            new Page("login", "Sign in · Goodwill", false, false, false),
            new Page("tokens", "Access tokens", false, true, true),
            new Page("admin", "Replay", false, true, false),
            new Page("advocates", "Advocates", true, true, false),
            new Page("contacts", "Contacts", false, true, false),
            new Page("follow-ups", "Follow-ups", false, true, false),
            new Page("import", "Import contacts", false, true, false),
            new Page("members", "Members", false, true, false),
            new Page("reciprocity", "Reciprocity", true, true, false),
            new Page("retrospective", "Retrospective", true, true, false),
            new Page("timeline", "Timeline", false, true, false));

    static Optional<Page> named(String id) {
        return ALL.stream().filter(page -> page.id.equals(id)).findFirst();
    }
}
