package goodwill.query.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A view written in another format than JSON (CSV, vCard) for a client that asks for it; nothing is ever read in it.
 */
public abstract class WriteOnlyConverter<T> extends AbstractHttpMessageConverter<T> {

    private final Class<T> type;

    protected WriteOnlyConverter(Class<T> type, MediaType mediaType) {
        super(StandardCharsets.UTF_8, mediaType);
        this.type = type;
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return type.isAssignableFrom(clazz);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected T readInternal(Class<? extends T> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Nothing is read as " + getSupportedMediaTypes().get(0), input);
    }
}
