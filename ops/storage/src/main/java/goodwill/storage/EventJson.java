package goodwill.storage;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The JSON form of everything Axon stores: events, snapshots, metadata and tracking tokens.
 * <p>
 * It is its own mapper, not the web layer's, so that a change to how the HTTP API writes JSON can never
 * change how history is stored. Instants are ISO-8601 strings; unknown fields are ignored, so an older
 * reader can read an event that gained an optional field; aggregate fields are visible to snapshots.
 */
public final class EventJson {

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                         .addModule(new JavaTimeModule())
                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                         .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                         .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                         .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                         .build();
    }

    public static JacksonSerializer serializer(ObjectMapper mapper) {
        return JacksonSerializer.builder().objectMapper(mapper).lenientDeserialization().build();
    }
}
