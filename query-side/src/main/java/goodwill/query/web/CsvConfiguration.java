package goodwill.query.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CSV for every {@link CsvRows} view. The converter is added after Spring's own, so a client that accepts
 * anything ({@code *}{@code /*}, a browser, plain curl) gets JSON, and only {@code Accept: text/csv} gets CSV.
 */
@Configuration(proxyBeanMethods = false)
class CsvConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new CsvRowsConverter());
    }

    /**
     * Text that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return: OWASP's CSV-injection rule) is written with a {@code '} before it, which makes the cell
     * plain text; a contact named {@code =HYPERLINK(…)} is shown, never followed. Numbers are not text, and stay as
     * they are.
     */
    static final class InertText extends StdSerializer<String> {

        private static final String FORMULA_STARTS = "=+-@\t\r";

        InertText() {
            super(String.class);
        }

        static String inert(String text) {
            return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }

        @Override
        public void serialize(String text, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(inert(text));
        }
    }

    /** Instants ISO-8601 in UTC, dates ISO, lists joined by {@code ;}: Jackson's CSV module as configured here. */
    static final class CsvRowsConverter extends WriteOnlyConverter<CsvRows> {

        /**
         * Columns in the row record's declared order (the JSON's), not alphabetical; RFC 4180's CRLF line ends,
         * and quotes only around what needs them (a comma, a quote, a line break).
         */
        private static final CsvMapper CSV = CsvMapper.builder()
                                                      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                                                      .addModule(new JavaTimeModule())
                                                      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                                      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                                                      .addModule(new SimpleModule().addSerializer(String.class,
                                                                                                  new InertText()))
                                                      .build();

        private final Map<Class<?>, CsvSchema> schemas = new ConcurrentHashMap<>();

        CsvRowsConverter() {
            super(CsvRows.class, new MediaType("text", "csv"));
        }

        @Override
        protected void writeInternal(CsvRows view, HttpOutputMessage output) throws IOException {
            CsvRows.Table<?> table = view.csvTable();
            CsvSchema schema = schemas.computeIfAbsent(table.type(),
                                                       type -> CSV.schemaFor(type).withHeader().withLineSeparator("\r\n"));
            output.getBody().write(CSV.writer(schema).writeValueAsBytes(table.rows()));
        }
    }
}
