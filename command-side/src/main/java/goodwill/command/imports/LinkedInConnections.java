package goodwill.command.imports;

import goodwill.command.imports.ContactFile.Row;
import goodwill.command.imports.ContactFile.Unreadable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * LinkedIn's {@code Connections.csv}, as LinkedIn exports it, read with Commons CSV: a {@code Notes:} preamble (a
 * quoted paragraph and a blank line) before the header, then one connection a row. Columns are found by name in the header, so extra or reordered columns and an older export without
 * {@code URL} are read alike. A connection's source key is its profile URL, normalised (https, the host in lower
 * case, no trailing slash, no query); without one, its email; without either, its name and company.
 * {@code Connected On} ({@code dd MMM yyyy}, English month abbreviations) is when the contact entered the network.
 */
public final class LinkedInConnections {

    /** The columns read, by their names in LinkedIn's header. */
    enum Column {
        FIRST_NAME("First Name"), LAST_NAME("Last Name"), URL("URL"), EMAIL("Email Address"), COMPANY("Company"),
        POSITION("Position"), CONNECTED_ON("Connected On");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    private static final DateTimeFormatter CONNECTED = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private LinkedInConnections() {
    }

    /**
     * Reads the whole file, as {@link ContactFile#text} gives it; a file without LinkedIn's header is
     * {@link Unreadable}.
     */
    public static ContactFile read(Reader file) throws IOException {
        ContactFile.Builder read = new ContactFile.Builder();
        Map<Column, Integer> columns = null;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                                                 .parse(file)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = headerOf(record);
                } else {
                    row(record, line, columns, read);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // as Commons CSV's iterator wraps what reading the file threw
        }
        if (columns == null) {
            throw new Unreadable("This is not a LinkedIn connections export: no line names the columns '"
                                     + Column.FIRST_NAME.header + "' and '" + Column.LAST_NAME.header + "'.");
        }
        return read.build();
    }

    /** Where each column is, when the record is the header; null for a line of the preamble before it. */
    private static Map<Column, Integer> headerOf(CSVRecord record) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = record.size() - 1; i >= 0; i--) {
            for (Column column : Column.values()) {
                if (column.header.equalsIgnoreCase(record.get(i))) {
                    columns.put(column, i);
                }
            }
        }
        return columns.containsKey(Column.FIRST_NAME) && columns.containsKey(Column.LAST_NAME) ? columns : null;
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size() || record.get(index).isEmpty()) {
            return null;
        }
        return record.get(index);
    }

    private static void row(CSVRecord record, long line, Map<Column, Integer> columns, ContactFile.Builder read) {
        String first = cell(record, columns, Column.FIRST_NAME);
        String last = cell(record, columns, Column.LAST_NAME);
        String name = String.join(" ", first == null ? "" : first, last == null ? "" : last).trim();
        if (name.isEmpty()) {
            read.skip(line, "no name: LinkedIn leaves out the names of members who hid them");
            return;
        }
        int before = read.problems();
        String email = cell(record, columns, Column.EMAIL);
        String profile = null;
        String url = cell(record, columns, Column.URL);
        if (url != null) {
            try {
                profile = normalised(url);
            } catch (URISyntaxException e) {
                read.problem(line, Column.URL.header, "'" + url + "' is not a web address");
            }
        }
        Instant connectedOn = null;
        String day = cell(record, columns, Column.CONNECTED_ON);
        if (day != null) {
            try {
                connectedOn = LocalDate.parse(day, CONNECTED).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                read.problem(line, Column.CONNECTED_ON.header, "'" + day + "' is not a day such as 05 Mar 2021");
            }
        }
        if (read.problems() > before) {
            return;
        }
        String company = cell(record, columns, Column.COMPANY);
        String key = ContactFile.sourceKey("url", profile, email, name, company);
        read.add(new Row(line, key, name, company, cell(record, columns, Column.POSITION), email, List.of(), null,
                         connectedOn, null, profile));
    }

    /** A profile address as one key however it was written: https, the host in lower case, no trailing slash. */
    static String normalised(String address) throws URISyntaxException {
        URI uri = new URI(address.contains("://") ? address : "https://" + address);
        if (uri.getHost() == null) {
            throw new URISyntaxException(address, "no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return "https://" + uri.getHost().toLowerCase(Locale.ROOT) + path;
    }
}
