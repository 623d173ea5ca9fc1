package goodwill.command.imports;

import goodwill.web.Refusal;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * What a file of contacts holds, whatever its format: the people to import, the rows left out (with why), and the
 * problems, each by the line it is on. Every format's reader makes one, so the import itself knows no format.
 *
 * @param rows     the people to import, in the file's order, each once
 * @param skipped  rows with nothing to import, which are no fault of the file
 * @param problems what is wrong with the file: while it has any, it is imported only when asked to in part
 */
public record ContactFile(List<Row> rows, List<Skipped> skipped, List<Problem> problems) {

    /**
     * A person to import.
     *
     * @param line       the line of the file their entry ends on
     * @param sourceKey  what names the same person in every later export of the same source (a profile address,
     *                   a vCard's UID, an email), so that importing a file twice adds nobody twice
     * @param tags       never null
     * @param note       free text about the person, kept as how we met
     * @param occurredAt when the person entered the network, or null when the file does not say
     * @param phone      a telephone number, or null
     * @param url        a web address of theirs (a profile), or null
     */
    public record Row(long line, String sourceKey, String displayName, String organization, String role,
                      String email, List<String> tags, String note, Instant occurredAt, String phone, String url) {

        public Row {
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    /** A row left out, and why: nothing wrong with the file, only nothing to import. */
    public record Skipped(long line, String reason) {
    }

    /** Something wrong with a row; {@code field} names the column or property, or is null for the whole row. */
    public record Problem(long line, String field, String message) {
    }

    /**
     * A file that is no file of contacts of the format at all: not text, or without what the format begins with;
     * answered 400 {@code unreadable-file} wherever it is read.
     */
    public static final class Unreadable extends Refusal {
        public Unreadable(String message) {
            super(HttpStatus.BAD_REQUEST, "unreadable-file", message);
        }
    }

    /**
     * A file's bytes as UTF-8 text, its byte-order mark dropped; reading a byte that is not UTF-8, or a NUL (which
     * no text file holds), is {@link Unreadable}.
     */
    public static Reader text(InputStream bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                            .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new FilterReader(new InputStreamReader(bytes, decoder)) {
            private boolean started;

            @Override
            public int read() throws IOException {
                char[] one = new char[1];
                return read(one, 0, 1) == -1 ? -1 : one[0];
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n;
                try {
                    n = super.read(buffer, offset, length);
                } catch (CharacterCodingException e) {
                    throw new Unreadable("The file is not UTF-8 text: save or export it as UTF-8 and send it again.");
                }
                if (n > 0 && !started) {
                    started = true;
                    if (buffer[offset] == '\uFEFF') {
                        System.arraycopy(buffer, offset + 1, buffer, offset, --n);
                        if (n == 0) {
                            return read(buffer, offset, length);
                        }
                    }
                }
                for (int i = offset; i < offset + Math.max(n, 0); i++) {
                    if (buffer[i] == '\0') {
                        throw new Unreadable("The file is binary, not text: send the export itself (CSV or vCard).");
                    }
                }
                return n;
            }
        };
    }

    /**
     * What names a person in every later export of the same source: the id the file gives them ({@code url:},
     * {@code uid:}, {@code key:} and that id), else their email, else their name and organization (case aside for
     * the last two). An email is a key of its own kind in every format, so the same email is the same person
     * whichever file it came in.
     *
     * @param kind what the file's id of a person is, such as {@code url}
     * @param id   that id, or null when the row has none
     */
    static String sourceKey(String kind, String id, String email, String name, String organization) {
        if (id != null) {
            return kind + ":" + id;
        }
        if (email != null) {
            return "email:" + email.toLowerCase(Locale.ROOT);
        }
        return ("name:" + name + "|" + (organization == null ? "" : organization)).toLowerCase(Locale.ROOT);
    }

    /** A file's reading, row by row; a second row for a person already read is skipped, naming the first. */
    static final class Builder {
        private final List<Row> rows = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, Long> lineOf = new HashMap<>();

        void add(Row row) {
            Long first = lineOf.putIfAbsent(row.sourceKey(), row.line());
            if (first == null) {
                rows.add(row);
            } else {
                skip(row.line(), "the same person as line " + first);
            }
        }

        void skip(long line, String reason) {
            skipped.add(new Skipped(line, reason));
        }

        void problem(long line, String field, String message) {
            problems.add(new Problem(line, field, message));
        }

        int problems() {
            return problems.size();
        }

        ContactFile build() {
            return new ContactFile(List.copyOf(rows), List.copyOf(skipped), List.copyOf(problems));
        }
    }
}
