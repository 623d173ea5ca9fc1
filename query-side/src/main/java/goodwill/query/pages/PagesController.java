package goodwill.query.pages;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Serves the pages: each {@link Page} in the frame they share. They read and record through the API from the
 * browser (their scripts); the server only puts them together, so a page is the same for everyone.
 */
@Controller
class PagesController {

    @GetMapping("/")
    String index(Model model) {
        model.addAttribute("page", Page.INDEX);
        return "page";
    }

    /** A name no page has is a 404, as any other path that leads nowhere. */
    @GetMapping("/{id}.html")
    String page(@PathVariable String id, Model model) throws NoResourceFoundException {
        Page page = Page.named(id).orElseThrow(() -> new NoResourceFoundException(HttpMethod.GET, id + ".html"));
        model.addAttribute("page", page);
        return "page";
    }
}
