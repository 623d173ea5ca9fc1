package goodwill.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Request bodies are read strictly, because what they say is recorded for good: a value of the wrong JSON type is
 * refused rather than coerced ({@code 2.9} is not a weight of 2, {@code "5"} not 5, {@code 1} not {@code true}, a
 * number not a time or a day, {@code 5} not a name), and so are a field the request does not have (a misspelt
 * {@code ocurredAt} would otherwise be dropped and default to now), a field given twice, and anything after the
 * body's one JSON value. Each is answered 400 naming the field ({@link ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                                  DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                                  DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                                  JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                                   MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // Times and days as ISO-8601 text only: Jackson's readers take a number as an epoch, an array as a day.
                .deserializerByType(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT))
                .deserializerByType(LocalDate.class, new TextOnly<>(LocalDate.class, LocalDateDeserializer.INSTANCE))
                .postConfigurer(mapper -> {
                    mapper.coercionConfigFor(LogicalType.Textual)
                          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Boolean)
                          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                });
    }

    /** A reader of a value written as a JSON string, refusing every other JSON type. */
    private static final class TextOnly<T> extends StdScalarDeserializer<T> {

        private final JsonDeserializer<T> text;

        TextOnly(Class<T> type, JsonDeserializer<T> text) {
            super(type);
            this.text = text;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return text.deserialize(parser, context);
        }
    }
}
