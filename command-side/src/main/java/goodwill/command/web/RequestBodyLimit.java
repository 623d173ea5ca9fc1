package goodwill.command.web;

import goodwill.command.CommandSideProperties;
import goodwill.command.imports.ContactFile;
import goodwill.web.BodyTooLargeException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a request body over the limit before it is parsed: by its declared length when it has one, and
 * otherwise once reading passes the limit. Commands are small; a large body is a mistake or an attack.
 */
@ControllerAdvice(basePackages = "goodwill.command")
public class RequestBodyLimit extends RequestBodyAdviceAdapter {

    private final long limit;

    RequestBodyLimit(CommandSideProperties properties) {
        this.limit = properties.maxRequestBody().toBytes();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        if (message.getHeaders().getContentLength() > limit) {
            throw new BodyTooLargeException(limit);
        }
        InputStream limited = limited(message.getBody(), limit);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return limited;
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    /**
     * A file sent to a controller that reads it itself (an import, a restore): the {@code file} part of a form, or
     * else the body; refused by its declared length over the limit, and read no further than the limit.
     *
     * @throws ContactFile.Unreadable for a form without its {@code file} part
     */
    public static InputStream uploaded(HttpServletRequest request, long limit) throws IOException, ServletException {
        if (request.getContentLengthLong() > limit) {
            throw new BodyTooLargeException(limit);
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            Part part = request.getPart("file");
            if (part == null) {
                throw new ContactFile.Unreadable("The form has no part named 'file': send the file as that part.");
            }
            return limited(part.getInputStream(), limit);
        }
        return limited(request.getInputStream(), limit);
    }

    /** The stream, refusing to be read past the limit: {@link BodyTooLargeException} once reading passes it. */
    public static InputStream limited(InputStream body, long limit) {
        return new LimitedInputStream(body, limit);
    }

    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
