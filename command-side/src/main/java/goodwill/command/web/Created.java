package goodwill.command.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a create: 201, the new thing's location, and the body. */
public final class Created {

    private Created() {
    }

    /** A new thing of a collection: located below the request's path, at its id. */
    public static <T> ResponseEntity<T> at(String id, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                                                                 .path("/{id}")
                                                                 .buildAndExpand(id)
                                                                 .toUri())
                             .body(body);
    }

    /** A thing's one sub-resource (an ask's answer, say): located at the request's own path. */
    public static <T> ResponseEntity<T> here(T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri()).body(body);
    }
}
