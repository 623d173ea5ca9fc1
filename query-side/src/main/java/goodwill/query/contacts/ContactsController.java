package goodwill.query.contacts;

import goodwill.query.ReadModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@ReadModel(ContactsProjection.PROCESSING_GROUP)
@RequestMapping("/api/ledgers/{ledgerId}/contacts")
class ContactsController {

    private final ContactsQueries queries;

    ContactsController(ContactsQueries queries) {
        this.queries = queries;
    }

    /**
     * JSON, or with {@code Accept: text/csv} the contacts as CSV. Archived, merged and forgotten people are listed
     * only when asked for; a forgotten one as a forgotten person, with their id and nothing of what they were.
     */
    @GetMapping
    ContactsView contacts(@PathVariable String ledgerId,
                          @RequestParam(defaultValue = "false") boolean includeArchived,
                          @RequestParam(defaultValue = "false") boolean includeMerged,
                          @RequestParam(defaultValue = "false") boolean includeForgotten) {
        return queries.answer(new FindContacts(ledgerId, includeArchived, includeMerged, includeForgotten));
    }
}
