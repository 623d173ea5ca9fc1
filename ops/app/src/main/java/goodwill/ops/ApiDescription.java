package goodwill.ops;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} and Swagger UI say the API is. springdoc describes the operations from the controllers
 * (their javadoc is each operation's description, their bean-validation constraints the fields' limits); this adds
 * what springdoc cannot see: the tags (one per kind of thing, read from the path), the statuses each operation really
 * answers (201 with {@code Location} for a create, 202 for a replay, and the problems of the error contract), and the
 * limit on a body's size.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_TYPE = "application/problem+json";
    /** The header every create takes: what tells a create from a correction. */
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String BEARER = "token";
    private static final String BASIC = "password";

    /** Each tag and what it holds; an operation's tag is the kind of thing its path names. */
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("ledgers", "Open a ledger (its owner becomes its me, and you its OWNER), and list yours.");
        TAGS.put("members", "Who has access to a ledger, with which role; only its owners change it.");
        TAGS.put("contacts", "The people of a ledger: add, change, archive, merge; and the contact list.");
        TAGS.put("favors", "Favors given and received: record, retract, amend.");
        TAGS.put("meetings", "Meetings: record, retract.");
        TAGS.put("introductions", "Introductions and their outcomes; connectors and my own introductions.");
        TAGS.put("commitments", "Promises either way and how they were resolved.");
        TAGS.put("asks", "Asks for help and their answers.");
        TAGS.put("reciprocity", "Where me stands with each contact: balances and the lists derived from them.");
        TAGS.put("advocates", "The advocate ranking.");
        TAGS.put("depth", "How deep each relationship goes.");
        TAGS.put("journal", "The audit timeline: every event recorded, paged and filtered.");
        TAGS.put("imports", "Contacts brought in from LinkedIn, an address book's vCards or a spreadsheet's CSV: "
                            + "nobody twice, all or nothing, previewed with dryRun.");
        TAGS.put("export", "A ledger's whole history, one event a line, to keep or to restore.");
        TAGS.put("reports", "Retrospective reports as of any past date, on either time axis.");
        TAGS.put("processors", "The event processors: status, replays, and the events their read models set aside.");
        TAGS.put("users", "Accounts (administrators only).");
        TAGS.put("me", "Who you are: your ledgers, your password, your personal access tokens.");
    }

    /** The problems each kind of operation may answer, beyond what the controllers declare. */
    private static final Map<String, String> COMMAND_PROBLEMS = problems(
            "400", "A field is missing, of the wrong type or out of range, or the body is no JSON object "
                    + "(invalid-request, malformed-json, out-of-range, invalid-header).",
            "404", "There is no such ledger, or no such thing in the path (unknown-ledger, unknown-…).",
            "406", "The Accept header takes no JSON: nothing is recorded (not-acceptable).",
            "409", "The id is taken by something different, or a correction conflicts with an earlier one.",
            "413", "The body is over 64 KB (body-too-large).",
            "415", "The body is not JSON (unsupported-media-type).",
            "422", "A rule of the ledger refuses it (unknown-contact, in-the-future, same-giver-and-receiver, …).");
    private static final Map<String, String> IMPORT_PROBLEMS = problems(
            "400", "The file is not UTF-8 text, is binary, or is no file of its format (unreadable-file), an export is "
                    + "cut short or edited (invalid-export, naming the line), or a parameter is wrong (invalid-request).",
            "409", "The ledger id is taken: a restore makes a new ledger (ledger-exists).",
            "413", "The file is over 50 MB (body-too-large).",
            "415", "The file is sent as a type no format reads, such as JSON (unsupported-media-type).",
            "422", "The file has problems, each named by its line in problems, and nothing was recorded "
                    + "(import-problems).");
    private static final Map<String, String> QUERY_PROBLEMS = problems(
            "400", "A parameter cannot be read (invalid-<parameter>, invalid-query).",
            "404", "There is no such ledger, or no such contact or event in it.",
            "406", "No representation the Accept header takes (not-acceptable).",
            "503", "The read model is being rebuilt (rebuilding, with Retry-After), or set aside an event of the "
                    + "ledger (read-model-degraded).");
    /** What every operation may answer about who is asking. */
    private static final Map<String, String> ACCESS_PROBLEMS = problems(
            "401", "No credentials, or wrong ones: sign in with a token (Bearer) or a password (Basic) "
                    + "(unauthenticated).",
            "403", "You may not: a VIEWER or a READ token records nothing, only owners change members, only "
                    + "administrators reach the processors and accounts, and nothing changes from another site "
                    + "(forbidden).",
            "429", "Too many failed sign-ins for the username; Retry-After says when to try again (too-many-attempts).");
    /** Answered 201 though they take no Idempotency-Key: what they create is named in the body. */
    private static final Set<String> CREATES = Set.of("POST /api/users", "POST /api/me/tokens",
                                                      "POST /api/ledgers/{ledgerId}/members");
    /** Answered 204, without a body. */
    private static final Set<String> NO_CONTENT = Set.of("POST /api/me/password",
                                                         "POST /api/ledgers/{ledgerId}/members/{username}/removal");
    private static final Map<String, String> ADMIN_PROBLEMS = problems(
            "404", "There is no such processor, or nothing of the ledger is set aside.",
            "409", "The replay cannot be started (already-replaying, token-claimed, not-tracking, …).");

    @Bean
    OpenAPI goodwillApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info()
                .title("Goodwill")
                .version(properties == null ? "development" : properties.getVersion())
                .description("A ledger of a professional network. Every favor, meeting, introduction, commitment "
                                     + "and ask is recorded as an immutable event (POST, corrections are their own "
                                     + "endpoints); advocate rankings, reciprocity balances, the journal and reports "
                                     + "are read models rebuilt from that history (GET). Errors are RFC 9457 "
                                     + "problem details (application/problem+json) with a stable code. Request "
                                     + "bodies are at most 64 KB, read strictly: no field the request does not have, "
                                     + "no value of another type.")
                .contact(new Contact().name("The Goodwill maintainers"))
                .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("gw_…")
                                .description("A personal access token, made at POST /api/me/tokens."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Your username and password.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OpenApiCustomizer statusesTagsAndLimits() {
        return api -> {
            Map<String, Tag> used = new TreeMap<>();
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String tag = tagOf(path);
                operation.setTags(List.of(tag));
                used.put(tag, new Tag().name(tag).description(TAGS.getOrDefault(tag, "")));
                describeStatuses(path, method, operation);
            }));
            api.setTags(List.copyOf(used.values()));
        };
    }

    /** The kind of thing the path names: its segment after the ledger, or after {@code /api}'s first. */
    static String tagOf(String path) {
        String[] segments = path.split("/");
        if (path.startsWith("/api/ledgers/{ledgerId}/") && segments.length > 4) {
            return segments[4];
        }
        if (path.startsWith("/api/admin/") && segments.length > 3) {
            return segments[3];
        }
        return segments.length > 2 ? segments[2] : "api";
    }

    private static void describeStatuses(String path, HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse ok = responses.get("200");
        String operationName = method + " " + path;
        boolean create = method == HttpMethod.POST && operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getName).anyMatch(IDEMPOTENCY_KEY::equals);
        if (path.endsWith("/imports") && ok != null) {
            ok.description("The import's report: the contacts it added, changed and left unchanged, the rows it "
                           + "skipped and why, and every problem by line.");
            responses.addApiResponse("201", new ApiResponse().description(
                    "Restored (format=goodwill): the new ledger's id, where it was restored from, the events restored.")
                    .addHeaderObject("Location", new Header().description("The restored ledger")
                                                             .schema(new StringSchema())));
            responses.addApiResponse("202", new ApiResponse().description(
                    "Started (Prefer: respond-async): its progress, and then its report, at Location.")
                    .addHeaderObject("Location", new Header().description("The import's progress and report")
                                                             .schema(new StringSchema())));
            IMPORT_PROBLEMS.forEach((status, description) -> responses.addApiResponse(status, problem(description)));
        } else if (CREATES.contains(operationName) && ok != null) {
            responses.remove("200");
            responses.addApiResponse("201", ok.description("Created."));
        } else if (NO_CONTENT.contains(operationName) && ok != null) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Done."));
        } else if (create && ok != null) {
            responses.remove("200");
            responses.addApiResponse("201", ok.description("Recorded (or recorded before: a retried create answers "
                    + "as the first did); the new thing's id, which Location names.")
                    .addHeaderObject("Location", new Header().description("Where the new thing is")
                                                             .schema(new StringSchema())));
        } else if (path.endsWith("/replay") && ok != null) {
            responses.remove("200");
            responses.addApiResponse("202", ok.description("Reset and started again; its status at Location.")
                    .addHeaderObject("Location", new Header().description("The processor's status")
                                                             .schema(new StringSchema())));
        } else if (ok != null && (ok.getDescription() == null || ok.getDescription().equals("OK"))) {
            ok.description(method == HttpMethod.GET ? "The read model's answer." : "Done; the corrected thing's id.");
        }
        Map<String, String> problems = path.startsWith("/api/admin/") ? ADMIN_PROBLEMS
                : method == HttpMethod.GET ? QUERY_PROBLEMS : COMMAND_PROBLEMS;
        Map<String, String> all = new LinkedHashMap<>(ACCESS_PROBLEMS);
        all.putAll(problems);
        all.forEach((status, description) -> responses.computeIfAbsent(status, missing -> problem(description)));
        operation.setResponses(responses);
        if (operation.getRequestBody() != null && operation.getRequestBody().getDescription() == null) {
            operation.getRequestBody().description("A JSON object of at most 64 KB.");
        }
    }

    /** An answer that is a problem, as the description says. */
    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                PROBLEM_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldProblem = new ObjectSchema();
        fieldProblem.addProperty("field", new StringSchema().description("The field or header, as a JSON path"));
        fieldProblem.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem: what went wrong, and a stable code to switch on.");
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema().description("Stable, such as invalid-request or unknown-ledger"));
        problem.addProperty("errors", new ArraySchema().items(fieldProblem).description("The fields at fault, if any"));
        problem.setRequired(List.of("status", "code"));
        return problem;
    }

    private static Map<String, String> problems(String... statusAndDescription) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < statusAndDescription.length; i += 2) {
            problems.put(statusAndDescription[i], statusAndDescription[i + 1]);
        }
        return problems;
    }
}
