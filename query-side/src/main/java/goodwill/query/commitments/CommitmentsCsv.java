package goodwill.query.commitments;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * The commitments as CSV ({@code Accept: text/csv}): a header row, then one row per commitment in the JSON's
 * order and with its field names; dates ISO, instants ISO-8601 in UTC. The kept rates are JSON only.
 */
@Component
class CommitmentsCsv extends AbstractHttpMessageConverter<CommitmentsView> {

    private static final CsvMapper CSV = CsvMapper.builder()
                                                  .addModule(new JavaTimeModule())
                                                  .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                                  .build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(CommitmentView.class).withHeader();

    CommitmentsCsv() {
        super(StandardCharsets.UTF_8, new MediaType("text", "csv"));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return CommitmentsView.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected CommitmentsView readInternal(Class<? extends CommitmentsView> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Commitments are not read from CSV", input);
    }

    @Override
    protected void writeInternal(CommitmentsView view, HttpOutputMessage output) throws IOException {
        output.getBody().write(CSV.writer(SCHEMA).writeValueAsBytes(view.commitments()));
    }
}
