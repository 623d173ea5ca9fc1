package goodwill.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import goodwill.command.CommandRefusedException;
import goodwill.command.CommandSideProperties;
import goodwill.command.contact.ContactImports;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** How each refusal of the domain is answered, with the aggregates replaced by a gateway that refuses. */
// The mapping of refusals alone, with the gateway mocked: who may send a command is the access tests' concern.
@WebMvcTest
@AutoConfigureMockMvc(addFilters = false)
class CommandProblemAdviceTest {

    private static final String FAVOR = """
            {"giverId": "ana", "receiverId": "bo", "kind": "ADVICE", "weight": 2, "asked": true,
             "occurredAt": "2024-03-01T10:00:00Z"}""";

    @TestConfiguration
    @EnableConfigurationProperties(CommandSideProperties.class)
    static class Properties {
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandGateway commands;
    @MockitoBean
    ContactImports imports;

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(CommandRefusedException.unknownLedger("team"), 404, "unknown-ledger", null),
                Arguments.of(CommandRefusedException.unknownContact("giverId", "x"), 422, "unknown-contact", "giverId"),
                Arguments.of(CommandRefusedException.unknownFavor("reciprocatesFavorId", "x"), 422, "unknown-favor",
                             "reciprocatesFavorId"),
                Arguments.of(CommandRefusedException.idConflict("favorId", "f1"), 409, "id-conflict", "favorId"),
                Arguments.of(CommandRefusedException.sameGiverAndReceiver("receiverId"), 422, "same-giver-and-receiver",
                             "receiverId"),
                Arguments.of(CommandRefusedException.towardAParty("towardId"), 422, "toward-a-party", "towardId"),
                Arguments.of(CommandRefusedException.inTheFuture("occurredAt", "2999-01-01T00:00:00Z"), 422,
                             "in-the-future", "occurredAt"),
                Arguments.of(CommandRefusedException.outOfRange("weight", 9, 1, 5), 400, "out-of-range", "weight"),
                Arguments.of(CommandRefusedException.noSuchFavor("f1"), 404, "unknown-favor", null),
                Arguments.of(CommandRefusedException.noSuchContact("ana"), 404, "unknown-contact", null),
                Arguments.of(CommandRefusedException.tooEarly("occurredAt", "1800-01-01T00:00:00Z", "1900-01-01T00:00:00Z"),
                             400, "out-of-range", "occurredAt"),
                Arguments.of(CommandRefusedException.notDistinct("attendeeIds[1]", "bo"), 422, "not-distinct",
                             "attendeeIds[1]"),
                Arguments.of(CommandRefusedException.notAnAttendee("initiatorId", "cy"), 422, "not-an-attendee",
                             "initiatorId"),
                Arguments.of(CommandRefusedException.unknownIntroduction("i1"), 404, "unknown-introduction", null),
                Arguments.of(CommandRefusedException.outOfOrder("occurredAt", "2024-01-01T00:00:00Z", "the introduction",
                                                                "2024-02-01T00:00:00Z"), 422, "out-of-order", "occurredAt"),
                Arguments.of(CommandRefusedException.unknownCommitment("c1"), 404, "unknown-commitment", null),
                Arguments.of(CommandRefusedException.alreadyResolved("c1", "KEPT"), 409, "already-resolved", null),
                Arguments.of(CommandRefusedException.notApplicable("favorId", "for a broken commitment"), 422,
                             "not-applicable", "favorId"),
                Arguments.of(CommandRefusedException.unknownAsk("a1"), 404, "unknown-ask", null),
                Arguments.of(CommandRefusedException.alreadyAnswered("a1", "HELPED"), 409, "already-answered", null),
                Arguments.of(CommandRefusedException.unknownUser("username", "nobody"), 422, "unknown-user", "username"),
                Arguments.of(CommandRefusedException.unknownMember("bo"), 404, "unknown-member", null),
                Arguments.of(CommandRefusedException.alreadyMember("username", "bo", "VIEWER"), 409, "already-member",
                             "username"),
                Arguments.of(CommandRefusedException.lastOwner("ana"), 409, "last-owner", null),
                Arguments.of(CommandRefusedException.alreadyRetracted("Favor 'f1'"), 409, "already-retracted", "reason"),
                Arguments.of(CommandRefusedException.unknownMeeting("m1"), 404, "unknown-meeting", null),
                Arguments.of(CommandRefusedException.favorRetracted("f1"), 409, "favor-retracted", null),
                Arguments.of(CommandRefusedException.nothingToChange(), 422, "nothing-to-change", null),
                Arguments.of(CommandRefusedException.archivedContact("giverId", "ana"), 422, "archived-contact",
                             "giverId"),
                Arguments.of(CommandRefusedException.alreadyArchived("ana"), 409, "already-archived", null),
                Arguments.of(CommandRefusedException.contactForgotten("ana"), 409, "contact-forgotten", null),
                Arguments.of(CommandRefusedException.reasonNamesThePerson("reason", "ana"), 422,
                             "reason-names-the-person", "reason"),
                Arguments.of(CommandRefusedException.alreadyMerged("ana", "bo"), 409, "already-merged", null),
                Arguments.of(CommandRefusedException.isMe("me"), 422, "is-me", null),
                Arguments.of(CommandRefusedException.mergeIntoItself("intoContactId"), 422, "merge-into-itself",
                             "intoContactId"),
                Arguments.of(CommandRefusedException.reciprocatesItself("reciprocatesFavorId", "f1"), 422,
                             "reciprocates-itself", "reciprocatesFavorId"));
    }

    @Test
    void everyReasonOfTheDomainIsAnsweredAbove() {
        assertThat(refusals().map(arguments -> ((CommandRefusedException) arguments.get()[0]).reason()))
                .containsOnly(CommandRefusedException.Reason.values());
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusals")
    void eachRefusalHasItsStatusAndCode(CommandRefusedException refusal, int status, String code, String field)
            throws Exception {
        when(commands.sendAndWait(any())).thenThrow(refusal);

        var result = mvc.perform(post("/api/ledgers/team/favors").contentType(MediaType.APPLICATION_JSON).content(FAVOR))
                        .andExpect(status().is(status))
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.code").value(code))
                        .andExpect(jsonPath("$.detail").value(refusal.getMessage()));
        if (field != null) {
            result.andExpect(jsonPath("$.errors[0].field").value(field));
        } else {
            result.andExpect(jsonPath("$.errors").doesNotExist());
        }
    }

    @Test
    void aConcurrentChangeIsAConflictToRetry() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new ConcurrencyException("same sequence number"));

        mvc.perform(post("/api/ledgers/team/favors").contentType(MediaType.APPLICATION_JSON).content(FAVOR))
           .andExpect(status().isConflict())
           .andExpect(jsonPath("$.code").value("concurrent-change"));
    }

    @Test
    void anUnexpectedFailureIsA500WithoutItsStory() throws Exception {
        when(commands.sendAndWait(any())).thenThrow(new IllegalStateException("secret internals"));

        mvc.perform(post("/api/ledgers/team/favors").contentType(MediaType.APPLICATION_JSON).content(FAVOR))
           .andExpect(status().isInternalServerError())
           .andExpect(jsonPath("$.code").value("internal-error"))
           .andExpect(content().string(not(containsString("secret"))));
    }
}
