package goodwill.command.imports;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * LinkedIn's {@code Connections.csv}, as LinkedIn exports it, read with Commons CSV: an optional UTF-8 byte-order
 * mark, a {@code Notes:} preamble (a quoted paragraph and a blank line) before the header, then one connection a
 * row. Columns are found by name in the header, so extra or reordered columns and an older export without
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
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private LinkedInConnections() {
    }

    /**
     * A connection to import.
     *
     * @param line        the line of the file its row ends on
     * @param sourceKey   what names the same person in every later export of the same kind
     * @param occurredAt  when the connection was made, or null when the row does not say
     */
    public record Connection(long line, String sourceKey, String displayName, String email, String organization,
                             String role, Instant occurredAt) {
    }

    /** A row left out, and why: nothing wrong with the file, only nothing to import. */
    public record Skipped(long line, String reason) {
    }

    /** Something wrong with a row: the file as a whole is not imported while it has one. */
    public record Problem(long line, String field, String message) {
    }

    /** What a file holds. */
    public record Read(List<Connection> connections, List<Skipped> skipped, List<Problem> problems) {
    }

    /** A file that is not a LinkedIn connections export at all. */
    public static final class NotConnections extends IllegalArgumentException {
        NotConnections(String message) {
            super(message);
        }
    }

    /** Reads the whole file; a file without LinkedIn's header is {@link NotConnections}. */
    public static Read read(Reader file) throws IOException {
        PushbackReader input = new PushbackReader(file, 1);
        int first = input.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            input.unread(first);
        }
        List<Connection> connections = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<Column, Integer> columns = null;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                                                 .parse(input)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = headerOf(record);
                } else {
                    row(record, line, columns, connections, skipped, problems);
                }
            }
        }
        if (columns == null) {
            throw new NotConnections("This is not a LinkedIn connections export: no line names the columns '"
                                     + Column.FIRST_NAME.header + "' and '" + Column.LAST_NAME.header + "'.");
        }
        return new Read(connections, skipped, problems);
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

    private static void row(CSVRecord record, long line, Map<Column, Integer> columns, List<Connection> connections,
                            List<Skipped> skipped, List<Problem> problems) {
        String first = cell(record, columns, Column.FIRST_NAME);
        String last = cell(record, columns, Column.LAST_NAME);
        String name = String.join(" ", first == null ? "" : first, last == null ? "" : last).trim();
        if (name.isEmpty()) {
            skipped.add(new Skipped(line, "no name: LinkedIn leaves out the names of members who hid them"));
            return;
        }
        int before = problems.size();
        String email = cell(record, columns, Column.EMAIL);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            problems.add(new Problem(line, Column.EMAIL.header, "'" + email + "' is not an email address"));
        }
        String profile = null;
        String url = cell(record, columns, Column.URL);
        if (url != null) {
            try {
                profile = normalised(url);
            } catch (URISyntaxException e) {
                problems.add(new Problem(line, Column.URL.header, "'" + url + "' is not a web address"));
            }
        }
        Instant connectedOn = null;
        String day = cell(record, columns, Column.CONNECTED_ON);
        if (day != null) {
            try {
                connectedOn = LocalDate.parse(day, CONNECTED).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new Problem(line, Column.CONNECTED_ON.header,
                                         "'" + day + "' is not a day such as 05 Mar 2021"));
            }
        }
        if (problems.size() > before) {
            return;
        }
        String company = cell(record, columns, Column.COMPANY);
        String key = profile != null ? "url:" + profile
                : email != null ? "email:" + email.toLowerCase(Locale.ROOT)
                : ("name:" + name + "|" + (company == null ? "" : company)).toLowerCase(Locale.ROOT);
        connections.add(new Connection(line, key, name, email, company, cell(record, columns, Column.POSITION),
                                       connectedOn));
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
