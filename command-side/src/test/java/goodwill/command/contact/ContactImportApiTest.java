package goodwill.command.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.access.Accounts;
import goodwill.command.Api;
import goodwill.command.Api.Answer;
import goodwill.command.CommandSideTest;
import goodwill.command.Ids;
import goodwill.command.LedgerFixture;
import goodwill.events.ContactAdded;
import goodwill.events.ContactDetailsChanged;
import goodwill.events.EventMetaData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Imports of contacts through HTTP, as a user sends their exports: never a duplicate, all or nothing. */
@CommandSideTest
class ContactImportApiTest {

    @RegisterExtension
    final LedgerFixture ledger = LedgerFixture.withoutContacts();

    private static byte[] fixture(String name) throws IOException {
        try (InputStream file = ContactImportApiTest.class.getResourceAsStream("/imports/" + name)) {
            return file.readAllBytes();
        }
    }

    private Answer upload(String query, byte[] file, String contentType, Map<String, String> headers) {
        HttpHeaders request = new HttpHeaders();
        request.set(HttpHeaders.CONTENT_TYPE, contentType);
        headers.forEach(request::set);
        return ledger.api().exchange(HttpMethod.POST, ledger.path("/imports?" + query),
                                     new HttpEntity<>(file, request));
    }

    private Answer upload(String query, byte[] file) {
        return upload(query, file, "text/csv", Map.of());
    }

    private static List<String> names(JsonNode entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> names.add(entry.path("displayName").asText()));
        return names;
    }

    @Test
    void aLinkedInExportAddsEachConnectionAsOfWhenTheyConnectedInTheNameOfTheImporter() throws IOException {
        Answer imported = upload("format=linkedin", fixture("linkedin-connections.csv"));

        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        JsonNode report = imported.body();
        assertThat(report.path("state").asText()).isEqualTo("DONE");
        assertThat(report.path("recorded").asBoolean()).isTrue();
        assertThat(names(report.path("add"))).containsExactly("Jane Doe", "Ravi Kumar", "Li Wei");
        assertThat(report.path("skipped").get(0).path("line").asInt()).isEqualTo(7);
        assertThat(report.path("skipped").get(0).path("reason").asText()).startsWith("no name");
        assertThat(report.path("counts").toString())
                .isEqualTo("{\"add\":3,\"change\":0,\"unchanged\":0,\"skipped\":1,\"problems\":0}");
        String jane = report.path("add").get(0).path("contactId").asText();
        var events = ledger.recorded().of(Ids.contact(ledger.id(), jane));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getPayload()).isEqualTo(new ContactAdded(
                    ledger.id(), jane, "Jane Doe", "Acme Robotics", "Staff Engineer", "jane@example.org", List.of(),
                    null, Instant.parse("2021-03-05T00:00:00Z"), null, "https://www.linkedin.com/in/jane-doe-test"));
            assertThat(event.getMetaData()).containsEntry(EventMetaData.RECORDED_BY, Accounts.FIRST_ADMINISTRATOR);
        });
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(3);
    }

    @Test
    void theSameFileImportedTwiceRecordsNothingTheSecondTimeAndALaterExportChangesAndAddsOnlyWhatIsNew()
            throws IOException {
        upload("format=linkedin", fixture("linkedin-connections.csv"));

        Answer again = upload("format=linkedin", fixture("linkedin-connections.csv"));

        assertThat(again.body().path("counts").path("add").asInt()).isZero();
        assertThat(names(again.body().path("unchanged"))).containsExactly("Jane Doe", "Ravi Kumar", "Li Wei");
        assertThat(ledger.recordedSinceSetUp()).as("nothing recorded the second time").isEqualTo(3);

        Answer later = upload("format=linkedin", fixture("linkedin-connections-later.csv"));

        assertThat(names(later.body().path("add"))).containsExactly("Omar Haddad");
        assertThat(names(later.body().path("change"))).containsExactly("Jane Doe");
        assertThat(later.body().path("change").get(0).path("changes").toString())
                .contains("organization: Acme Robotics → Initech", "role: Staff Engineer → Principal Engineer");
        assertThat(names(later.body().path("unchanged"))).containsExactly("Ravi Kumar", "Li Wei");
        String jane = later.body().path("change").get(0).path("contactId").asText();
        assertThat(ledger.eventsOf(Ids::contact, jane)).last().isInstanceOf(ContactDetailsChanged.class);
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(5);
    }

    @Test
    void aDryRunAnswersWhatTheImportWouldDoAndRecordsNothing() throws IOException {
        Answer preview = upload("format=linkedin&dryRun=true", fixture("linkedin-connections.csv"));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().path("recorded").asBoolean()).isFalse();
        assertThat(names(preview.body().path("add"))).containsExactly("Jane Doe", "Ravi Kumar", "Li Wei");
        assertThat(ledger.recordedSinceSetUp()).isZero();
    }

    @Test
    void aFileWithProblemsRecordsNothingAndNamesEachByLineUnlessImportedInPart() throws IOException {
        byte[] file = fixture("linkedin-with-problems.csv");

        Answer refused = upload("format=linkedin", file).isProblem(422, "import-problems");

        JsonNode problems = refused.body().path("problems");
        assertThat(problems).extracting(problem -> problem.path("line").asInt() + " " + problem.path("field").asText())
                            .containsExactly("3 Connected On", "4 email", "5 URL");
        assertThat(problems.get(1).path("message").asText()).contains("not-an-email");
        assertThat(refused.body().path("import").path("recorded").asBoolean()).isFalse();
        assertThat(ledger.recordedSinceSetUp()).isZero();

        Answer partial = upload("format=linkedin&partial=true", file);

        assertThat(partial.status()).isEqualTo(200);
        assertThat(names(partial.body().path("add"))).containsExactly("Good Row");
        assertThat(partial.body().path("problems")).hasSize(3);
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(1);
    }

    @Test
    void vCardsOfBothVersionsAndAGoogleContactsCsvAreImportedAndTheSamePersonByEmailIsOneContact()
            throws IOException {
        Answer three = upload("format=vcard", fixture("vcards-3.vcf"), "text/vcard", Map.of());
        Answer four = upload("format=vcard", fixture("vcards-4.vcf"), "text/vcard", Map.of());

        assertThat(names(three.body().path("add"))).hasSize(2).first().isEqualTo("Jane Doe");
        assertThat(names(four.body().path("add"))).containsExactly("Li Wei", "Dr. Ben Okafor");

        Answer google = upload("format=csv&map=firstName:First Name,lastName:Last Name,email:E-mail 1 - Value,"
                               + "organization:Organization Name,role:Organization Title,tags:Labels",
                               fixture("google-contacts.csv"));

        assertThat(names(google.body().path("change"))).as("Jane, by her email, the contact from her vCard")
                                                      .containsExactly("Jane Doe");
        assertThat(google.body().path("change").get(0).path("changes").toString())
                .contains("organization: Acme Robotics, Research → Acme Robotics");
        assertThat(names(google.body().path("add"))).containsExactly("Ravi Kumar");
    }

    @Test
    void aFormsFilePartIsImportedAsTheBodyIs() throws IOException {
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(fixture("linkedin-connections.csv")) {
            @Override
            public String getFilename() {
                return "Connections.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        Answer imported = ledger.api().exchange(HttpMethod.POST, ledger.path("/imports?format=linkedin"),
                                                new HttpEntity<>(form, headers));

        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(imported.body().path("counts").path("add").asInt()).isEqualTo(3);
    }

    @Test
    void anImportAskedToAnswerAtOnceIsFollowedAtItsLocationUntilItsReport() throws IOException {
        Answer started = upload("format=linkedin", fixture("linkedin-connections.csv"), "text/csv",
                                Map.of("Prefer", "respond-async"));

        assertThat(started.status()).isEqualTo(202);
        String location = started.headers().getLocation().getPath();
        assertThat(location).startsWith(ledger.path("/imports/"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Answer progress = ledger.api().exchange(HttpMethod.GET, location, HttpEntity.EMPTY);
            assertThat(progress.body().path("state").asText()).isEqualTo("DONE");
            assertThat(progress.body().path("progress").path("done").asInt())
                    .isEqualTo(progress.body().path("progress").path("of").asInt());
            assertThat(progress.body().path("counts").path("add").asInt()).isEqualTo(3);
        });
        Answer elsewhere = ledger.api().exchange(HttpMethod.GET, ledger.path("/imports/no-such-import"),
                                                 HttpEntity.EMPTY);
        elsewhere.isProblem(404, "unknown-import");
    }

    @Test
    void everyClassOfBadFileIsRefusedNamingWhatIsWrongAndRecordsNothing() {
        byte[] latin1 = "First Name,Last Name\nJos\u00e9,Ruiz\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(upload("format=linkedin", latin1).isProblem(400, "unreadable-file").text("detail"))
                .contains("not UTF-8");
        byte[] binary = {'P', 'K', 3, 4, 0, 0, 20, 0};
        assertThat(upload("format=linkedin", binary, "application/octet-stream", Map.of())
                           .isProblem(400, "unreadable-file").text("detail")).contains("binary");
        byte[] other = "Name,Mail\nJane,jane@example.org\n".getBytes(StandardCharsets.UTF_8);
        assertThat(upload("format=linkedin", other).isProblem(400, "unreadable-file").text("detail"))
                .contains("not a LinkedIn connections export");
        assertThat(upload("format=vcard", other, "text/vcard", Map.of()).isProblem(400, "unreadable-file")
                           .text("detail")).contains("not a vCard file");
        upload("format=outlook", other).isProblem(400, "invalid-request").naming("format");
        upload("format=csv&map=nickname:Name", other).isProblem(400, "invalid-request").naming("map");
        assertThat(upload("format=csv&map=displayName:Full Name", other).isProblem(400, "unreadable-file")
                           .text("detail")).contains("'Full Name'");
        assertThat(upload("format=linkedin", other, "application/json", Map.of()).status()).isEqualTo(415);
        assertThat(ledger.recordedSinceSetUp()).isZero();
    }

    @Test
    void anImportIntoALedgerThatDoesNotExistIsRefused() throws IOException {
        HttpHeaders request = new HttpHeaders();
        request.set(HttpHeaders.CONTENT_TYPE, "text/csv");
        ledger.api().exchange(HttpMethod.POST, LedgerFixture.UNKNOWN_LEDGER + "/imports?format=linkedin",
                              new HttpEntity<>(fixture("linkedin-connections.csv"), request))
              .isProblem(404, "unknown-ledger");
    }

    @Test
    void anImportRetriedUnderTheSameIdempotencyKeyIsTheSameImport() throws IOException {
        String key = Api.freshIdempotencyKey();
        Answer first = upload("format=linkedin", fixture("linkedin-connections.csv"), "text/csv",
                              Map.of("Idempotency-Key", key));
        Answer retry = upload("format=linkedin", fixture("linkedin-connections.csv"), "text/csv",
                              Map.of("Idempotency-Key", key));

        assertThat(retry.text("importId")).isEqualTo(first.text("importId"));
        assertThat(retry.body().path("counts").path("add").asInt()).isEqualTo(3);
        assertThat(ledger.recordedSinceSetUp()).isEqualTo(3);
    }
}
