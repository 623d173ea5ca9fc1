package goodwill.command.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a create: 201, the new thing's location below the request's path, and its id in the body. */
public final class Created {

    private Created() {
    }

    public static <T> ResponseEntity<T> at(String id, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                                                                 .path("/{id}")
                                                                 .buildAndExpand(id)
                                                                 .toUri())
                             .body(body);
    }
}
