package goodwill.command.imports;

import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Unreadable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A spreadsheet's (or Google Contacts') CSV: a header, then one person a row, read with Commons CSV through a
 * mapping of Goodwill's fields to the file's columns, such as {@code displayName:Name,email:E-mail}. A field not
 * mapped is read from the column of its own name, when there is one. {@code firstName} and {@code lastName} make the
 * name when no {@code displayName} is given; {@code tags} are split at {@code ;}, {@code ,} or Google's
 * {@code :::}; {@code occurredAt} is a day ({@code 2021-03-05}) or a time with its offset. The source key is the
 * {@code key} column, or else the email, or else the name and organization.
 */
public final class MappedCsvContacts {

    /** Goodwill's fields a column can hold. */
    public enum Field {
        DISPLAY_NAME("displayName"), FIRST_NAME("firstName"), LAST_NAME("lastName"), ORGANIZATION("organization"),
        ROLE("role"), EMAIL("email"), PHONE("phone"), URL("url"), TAGS("tags"), NOTE("note"),
        OCCURRED_AT("occurredAt"), KEY("key");

        final String name;

        Field(String name) {
            this.name = name;
        }

        static Field named(String name) {
            return Arrays.stream(values()).filter(field -> field.name.equals(name)).findFirst()
                         .orElseThrow(() -> new Unreadable("The map names '" + name + "', which is none of the fields "
                                 + Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", ")) + "."));
        }
    }

    private MappedCsvContacts() {
    }

    /**
     * The mapping as the query parameter gives it: {@code field:Column} pairs, separated by commas.
     *
     * @param map null or blank for none: every field is then read from the column of its own name
     */
    public static Map<Field, String> mapping(String map) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        if (map == null || map.isBlank()) {
            return columns;
        }
        for (String pair : map.split(",")) {
            int colon = pair.indexOf(':');
            if (colon < 1 || colon == pair.length() - 1) {
                throw new Unreadable("The map's '" + pair.strip() + "' is not field:Column, such as displayName:Name.");
            }
            columns.put(Field.named(pair.substring(0, colon).strip()), pair.substring(colon + 1).strip());
        }
        return columns;
    }

    /** Reads the whole file, as {@link ContactFile#text} gives it; a header without the mapped columns is {@link Unreadable}. */
    public static ContactFile read(Reader file, Map<Field, String> mapping) throws IOException {
        ContactFile.Builder read = new ContactFile.Builder();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                                                 .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                                                 .get().parse(file)) {
            Map<Field, Integer> columns = columns(parser.getHeaderNames(), mapping);
            for (CSVRecord record : parser) {
                row(record, parser.getCurrentLineNumber(), columns, mapping, read);
            }
        } catch (IllegalArgumentException e) {
            throw new Unreadable("The CSV file's header cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw e.getCause(); // as Commons CSV's iterator wraps what reading the file threw
        }
        return read.build();
    }

    private static Map<Field, Integer> columns(List<String> header, Map<Field, String> mapping) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            String name = mapping.getOrDefault(field, field.name);
            for (int i = 0; i < header.size(); i++) {
                if (name.equalsIgnoreCase(header.get(i).strip())) {
                    columns.put(field, i);
                    break;
                }
            }
            if (mapping.containsKey(field) && !columns.containsKey(field)) {
                throw new Unreadable("The map says " + field.name + " is in column '" + name
                                     + "', and the header has no such column: it names " + header + ".");
            }
        }
        if (!columns.containsKey(Field.DISPLAY_NAME) && !columns.containsKey(Field.FIRST_NAME)
                && !columns.containsKey(Field.LAST_NAME)) {
            throw new Unreadable("No column holds the names: map displayName (or firstName and lastName) to a column "
                                 + "of the header " + header + ", such as map=displayName:Name.");
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<Field, Integer> columns, Field field) {
        Integer index = columns.get(field);
        if (index == null || index >= record.size() || record.get(index).isEmpty()) {
            return null;
        }
        return record.get(index);
    }

    private static void row(CSVRecord record, long line, Map<Field, Integer> columns, Map<Field, String> mapping,
                            ContactFile.Builder read) {
        String name = cell(record, columns, Field.DISPLAY_NAME);
        if (name == null) {
            String first = cell(record, columns, Field.FIRST_NAME);
            String last = cell(record, columns, Field.LAST_NAME);
            name = String.join(" ", first == null ? "" : first, last == null ? "" : last).strip();
        }
        if (name.isEmpty()) {
            read.skip(line, "no name");
            return;
        }
        Instant occurredAt = null;
        String when = cell(record, columns, Field.OCCURRED_AT);
        if (when != null) {
            try {
                occurredAt = when.length() == 10 ? LocalDate.parse(when).atStartOfDay(ZoneOffset.UTC).toInstant()
                                                 : OffsetDateTime.parse(when).toInstant();
            } catch (DateTimeParseException e) {
                read.problem(line, mapping.getOrDefault(Field.OCCURRED_AT, Field.OCCURRED_AT.name),
                             "'" + when + "' is not a day such as 2021-03-05, nor a time such as 2021-03-05T10:00:00Z");
                return;
            }
        }
        String tags = cell(record, columns, Field.TAGS);
        String email = cell(record, columns, Field.EMAIL);
        String organization = cell(record, columns, Field.ORGANIZATION);
        String sourceKey = ContactFile.sourceKey("key", cell(record, columns, Field.KEY), email, name, organization);
        read.add(new Row(line, sourceKey, name, organization, cell(record, columns, Field.ROLE), email,
                         tags == null ? List.of() : Arrays.stream(tags.split(":::|[;,]")).map(String::strip)
                                                          .filter(tag -> !tag.isEmpty()).distinct().toList(),
                         cell(record, columns, Field.NOTE), occurredAt, cell(record, columns, Field.PHONE),
                         cell(record, columns, Field.URL)));
    }
}
