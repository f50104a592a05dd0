package org.isec.systemtest.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Problems.assertProblem;
import static org.isec.systemtest.support.Problems.assertProblemNaming;
import static org.isec.systemtest.support.Problems.assertProblemCode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.isec.contracts.JsonSchemas;
import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 5 through the gateway with real tokens, beside the journey's happy path: a case walked through every phase
 * of the consortium's method with the wrong moves refused; one advisor's slot raced by six concurrent bookings; a case
 * and a business plan invisible to another member; a funding call matched to the member that fits it and not to the
 * one that differs only by an undeclared founder trait.
 */
@SystemTest
class AdvisoryCasesTest {

    private static final String REQUESTS = "/api/advisory/requests";
    private static final String PLANS = "/api/advisory/business-plans";
    private static final String FUNDING = "/api/advisory/funding-opportunities";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final List<String> METHOD = List.of("NEEDS_ASSESSMENT", "PLAN", "IMPLEMENTATION", "MONITORING");

    // ---- 1. the case lifecycle, phase by phase

    @Test
    void aCaseFollowsTheMethodPhaseByPhaseRefusesEveryWrongMoveAndShowsItsHistory() {
        String tag = tag();
        try (EventTap events = EventTap.open()) {
            Member member = Members.approved(Members.profile().legalName("Atelier Lumière " + tag + " S.r.l.")
                    .contact("Claire", "fr").languages("it", "fr"));
            User advisor = advisor("Sophie " + tag, List.of("MARKETING", "INTERNATIONALISATION"), List.of("fr", "it"), 3);
            Api operator = Api.as("operator");
            Api advisorApi = advisor.api();

            // Requested: no advisor, no phase yet; only the member's organisation (and operators) see it.
            ApiResponse requested = member.api().post(REQUESTS, Map.of("area", "MARKETING",
                    "description", "Nous voulons vendre nos luminaires en France " + tag, "preferredLanguage", "fr"));
            assertThat(requested.status()).as("%s", requested).isEqualTo(201);
            String id = requested.body().path("id").asString();
            assertThat(requested.header("Location")).endsWith("/api/advisory/requests/" + id);
            assertThat(requested.body().path("stage").asString()).isEqualTo("REQUESTED");
            assertThat(requested.body().path("memberId").asString()).isEqualTo(member.memberId());
            assertThat(requested.body().path("phases").size()).isZero();
            assertThat(requested.body().path("advisor").isNull() || requested.body().path("advisor").isMissingNode()).isTrue();
            ReceivedEvent asked = events.awaitEvent("isec.advisory.AdvisoryRequested", id);
            assertThat(JsonSchemas.validate(asked.type(), 1, asked.value())).isEmpty();
            assertThat(asked.data().path("memberId").asString()).isEqualTo(member.memberId());
            assertThat(asked.data().path("area").asString()).isEqualTo("MARKETING");

            // Before assignment: the future advisor does not see the case, and nobody can move it to a phase.
            assertProblem(advisorApi.get(REQUESTS + "/" + id), 404);
            assertProblemCode(operator.post(REQUESTS + "/" + id + "/phases", Map.of("phase", "PLAN")), 409, "NOT_ASSIGNED");

            // Suggestions (operators only): area 55 + language 30 + load 15 × free / max.
            assertProblem(member.api().get(REQUESTS + "/" + id + "/suggestions"), 403);
            JsonNode suggestions = operator.get(REQUESTS + "/" + id + "/suggestions").body();
            assertThat(scores(suggestions)).as("ranked best first").isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            JsonNode mine = suggestionOf(suggestions, advisor.id());
            assertThat(mine.path("score").asInt()).isEqualTo(100);
            assertThat(mine.path("breakdown").path("area").asInt()).isEqualTo(55);
            assertThat(mine.path("breakdown").path("language").asInt()).isEqualTo(30);
            assertThat(mine.path("breakdown").path("load").asInt()).isEqualTo(15);
            assertThat(mine.path("openCases").asInt()).isZero();
            assertThat(mine.path("fullyBooked").asBoolean()).isFalse();
            assertThat(mine.path("reasons").values()).extracting(JsonNode::asString)
                    .contains("covers MARKETING", "speaks fr", "0 of 3 open cases");

            // Assignment: only operators, only an active advisor; the first one starts the needs assessment.
            assertProblem(member.api().post(REQUESTS + "/" + id + "/assign", Map.of("advisorId", advisor.id())), 403);
            assertProblemNaming(operator.post(REQUESTS + "/" + id + "/assign",
                    Map.of("advisorId", UUID.randomUUID().toString())), 422, "advisorId");
            ApiResponse assigned = operator.post(REQUESTS + "/" + id + "/assign",
                    Map.of("advisorId", advisor.id(), "reason", "French speaker, export marketing " + tag));
            assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
            assertThat(assigned.body().path("stage").asString()).isEqualTo("NEEDS_ASSESSMENT");
            assertThat(assigned.body().path("advisor").path("id").asString()).isEqualTo(advisor.id());
            assertThat(assigned.body().path("advisor").path("reason").asString()).contains(tag);
            assertThat(phasesOf(assigned.body())).containsExactly("NEEDS_ASSESSMENT");
            assertProblemCode(operator.post(REQUESTS + "/" + id + "/assign", Map.of("advisorId", advisor.id())), 409, "ALREADY_ASSIGNED");
            ReceivedEvent assignedEvent = events.awaitEvent("isec.advisory.AdvisorAssigned", id);
            assertThat(JsonSchemas.validate(assignedEvent.type(), 1, assignedEvent.value())).isEmpty();
            assertThat(assignedEvent.data().path("advisorId").asString()).isEqualTo(advisor.id());
            // The case now counts in the advisor's load: 15 × 2 free / 3 max = 10 points.
            JsonNode loaded = suggestionOf(operator.get(REQUESTS + "/" + id + "/suggestions").body(), advisor.id());
            assertThat(loaded.path("openCases").asInt()).isEqualTo(1);
            assertThat(loaded.path("breakdown").path("load").asInt()).isEqualTo(10);
            assertThat(loaded.path("score").asInt()).isEqualTo(95);
            assertThat(advisorApi.get(REQUESTS).body().findValuesAsString("id")).as("the advisor's cases").contains(id);

            // A session, given as Rome wall-clock time and shown in Europe/Rome with its offset.
            LocalDateTime start = futureDay().atTime(15, 0);
            ApiResponse session = advisorApi.post(REQUESTS + "/" + id + "/sessions", Map.of("start", start.toString(),
                    "end", start.plusHours(1).toString(), "mode", "IN_PERSON", "location", "Via Tortona 27, Milano"));
            assertThat(session.status()).as("%s", session).isEqualTo(201);
            assertRomeTime(session.body().path("start").asString(), start);
            assertRomeTime(session.body().path("end").asString(), start.plusHours(1));
            assertThat(session.body().path("timeZone").asString()).isEqualTo("Europe/Rome");
            ReceivedEvent scheduled = events.awaitEvent("isec.advisory.AdvisorySessionScheduled", id);
            assertThat(JsonSchemas.validate(scheduled.type(), 1, scheduled.value())).isEmpty();

            // Needs assessment: the advisor notes and agrees an action; the member does it, once.
            assertThat(advisorApi.post(REQUESTS + "/" + id + "/notes",
                    Map.of("text", "Needs: French distributors, a catalogue in French.")).status()).isEqualTo(201);
            ApiResponse agreed = advisorApi.post(REQUESTS + "/" + id + "/actions", Map.of(
                    "description", "Send the product list with prices", "owner", "MEMBER",
                    "dueDate", LocalDate.now(ROME).plusDays(14).toString()));
            assertThat(agreed.status()).as("%s", agreed).isEqualTo(201);
            String actionId = agreed.body().path("phases").path(0).path("actions").path(0).path("id").asString();
            assertThat(actionId).isNotBlank();
            assertProblemCode(member.api().post(REQUESTS + "/" + id + "/actions",
                    Map.of("description", "I agree with myself", "owner", "MEMBER")), 403, "ADVISOR_ONLY");
            assertThat(member.api().post(REQUESTS + "/" + id + "/actions/" + actionId + "/done", Map.of()).status())
                    .isEqualTo(200);
            assertProblemCode(member.api().post(REQUESTS + "/" + id + "/actions/" + actionId + "/done", Map.of()), 409, "ALREADY_DONE");

            // Wrong moves: the member may not move the case; a phase cannot be skipped, repeated or gone back to.
            assertProblemCode(member.api().post(REQUESTS + "/" + id + "/phases", Map.of("phase", "PLAN")), 403, "ADVISOR_ONLY");
            int phaseOrderRefusals = 0;
            for (String wrong : List.of("IMPLEMENTATION", "MONITORING", "NEEDS_ASSESSMENT", "REQUESTED", "CLOSED")) {
                JsonNode problem = assertProblem(advisorApi.post(REQUESTS + "/" + id + "/phases", Map.of("phase", wrong)), 409);
                assertThat(problem.path("code").asString()).as("from NEEDS_ASSESSMENT to %s", wrong).isEqualTo("PHASE_ORDER");
                phaseOrderRefusals++;
            }
            assertProblem(advisorApi.post(REQUESTS + "/" + id + "/phases", Map.of("phase", "FINISHED")), 400);
            assertThat(member.api().get(REQUESTS + "/" + id).body().path("stage").asString())
                    .as("refused moves changed nothing").isEqualTo("NEEDS_ASSESSMENT");

            // The method, in order: the advisor and an operator both move it on.
            advance(advisorApi, id, "PLAN");
            assertThat(assertProblem(advisorApi.post(REQUESTS + "/" + id + "/phases", Map.of("phase", "NEEDS_ASSESSMENT")), 409)
                    .path("code").asString()).as("no going back").isEqualTo("PHASE_ORDER");
            phaseOrderRefusals++;
            advance(operator, id, "IMPLEMENTATION");
            advance(advisorApi, id, "MONITORING");
            JsonNode last = assertProblem(advisorApi.post(REQUESTS + "/" + id + "/phases", Map.of("phase", "CLOSED")), 409);
            assertThat(last.path("code").asString()).as("MONITORING is the last phase; closing is its own action")
                    .isEqualTo("PHASE_ORDER");
            phaseOrderRefusals++;
            assertThat(advisorApi.post(REQUESTS + "/" + id + "/notes", Map.of("text", "Two distributors signed.")).status())
                    .isEqualTo(201);

            // Closing: the satisfaction (1–5) is the member's own rating, which neither the advisor nor an operator
            // may give; then the case refuses everything.
            assertProblemNaming(member.api().post(REQUESTS + "/" + id + "/close",
                    Map.of("outcome", "Distributors found", "satisfaction", 6)), 422, "satisfaction");
            assertProblemNaming(member.api().post(REQUESTS + "/" + id + "/close",
                    Map.of("outcome", "Distributors found")), 422, "satisfaction");
            assertProblemNaming(advisorApi.post(REQUESTS + "/" + id + "/close",
                    Map.of("outcome", "Distributors found", "satisfaction", 5)), 422, "satisfaction");
            assertProblemNaming(operator.post(REQUESTS + "/" + id + "/close",
                    Map.of("outcome", "Distributors found", "satisfaction", 5)), 422, "satisfaction");
            ApiResponse closed = member.api().post(REQUESTS + "/" + id + "/close",
                    Map.of("outcome", "Two French distributors signed " + tag, "satisfaction", 4));
            assertThat(closed.status()).as("%s", closed).isEqualTo(200);
            assertThat(closed.body().path("stage").asString()).isEqualTo("CLOSED");
            ReceivedEvent closedEvent = events.awaitEvent("isec.advisory.AdvisoryCaseClosed", id);
            assertThat(JsonSchemas.validate(closedEvent.type(), 1, closedEvent.value())).isEmpty();
            assertThat(closedEvent.data().path("satisfaction").asInt()).isEqualTo(4);
            assertThat(closedEvent.data().path("advisorId").asString()).isEqualTo(advisor.id());
            Map<String, ApiResponse> afterClosing = new LinkedHashMap<>();
            afterClosing.put("phase", advisorApi.post(REQUESTS + "/" + id + "/phases", Map.of("phase", "MONITORING")));
            afterClosing.put("note", member.api().post(REQUESTS + "/" + id + "/notes", Map.of("text", "One more thing")));
            afterClosing.put("action", advisorApi.post(REQUESTS + "/" + id + "/actions",
                    Map.of("description", "Follow-up", "owner", "ADVISOR")));
            LocalDateTime later = start.plusDays(7);
            afterClosing.put("session", advisorApi.post(REQUESTS + "/" + id + "/sessions", Map.of("start", later.toString(),
                    "end", later.plusHours(1).toString(), "mode", "PHONE")));
            afterClosing.put("close", member.api().post(REQUESTS + "/" + id + "/close",
                    Map.of("outcome", "Again", "satisfaction", 5)));
            afterClosing.forEach((what, answer) -> assertThat(assertProblem(answer, 409).path("code").asString())
                    .as("%s on a closed case", what).isEqualTo("CASE_CLOSED"));

            // The history as the member sees it: every phase once, in order, with its notes, actions and times.
            JsonNode view = member.api().get(REQUESTS + "/" + id).body();
            assertThat(view.path("stage").asString()).isEqualTo("CLOSED");
            assertThat(phasesOf(view)).containsExactlyElementsOf(METHOD);
            List<OffsetDateTime> started = new ArrayList<>();
            view.path("phases").values().forEach(p -> started.add(OffsetDateTime.parse(p.path("startedAt").asString())));
            assertThat(started).isSorted();
            JsonNode assessment = view.path("phases").path(0);
            assertThat(assessment.path("notes").path(0).path("text").asString()).contains("French distributors");
            assertThat(assessment.path("notes").path(0).path("author").asString()).isEqualTo("ADVISOR");
            assertThat(assessment.path("notes").path(0).path("authorId").asString()).isEqualTo(advisor.id());
            assertThat(assessment.path("actions").path(0).path("owner").asString()).isEqualTo("MEMBER");
            assertThat(assessment.path("actions").path(0).path("done").asBoolean()).isTrue();
            assertThat(view.path("phases").path(3).path("notes").path(0).path("text").asString()).contains("distributors signed");
            assertThat(view.path("closure").path("outcome").asString()).contains(tag);
            assertThat(view.path("closure").path("satisfaction").asInt()).isEqualTo(4);
            assertThat(view.path("closure").path("closedBy").asString()).isEqualTo(member.user().id());
            assertThat(view.path("sessions").size()).isEqualTo(1);
            assertThat(view.path("timeZone").asString()).isEqualTo("Europe/Rome");
            OffsetDateTime requestedAt = OffsetDateTime.parse(view.path("requestedAt").asString());
            assertThat(requestedAt.getOffset()).as("requestedAt in Rome time")
                    .isEqualTo(ROME.getRules().getOffset(requestedAt.toInstant()));
            assertThat(operator.get(REQUESTS).body().findValuesAsString("id")).contains(id);

            ProofLog.record("journey", "Advisory case walked through every phase; wrong moves tried on the way",
                    METHOD.size() + phaseOrderRefusals + afterClosing.size(),
                    "phases only in the method's order (409 PHASE_ORDER), nothing after closing (409 CASE_CLOSED)",
                    Map.of("phases", METHOD.size(), "phase-order refusals", phaseOrderRefusals,
                            "refused after closing", afterClosing.size()));
        }
    }

    // ---- 2. no double booking, even under concurrency

    @Test
    void sixConcurrentBookingsOfOneAdvisorsSlotEndAsOne201AndFive409() throws Exception {
        String tag = tag();
        Member member = Members.approved(Members.profile().legalName("Officina Doppia " + tag + " S.r.l.")
                .contact("Paolo", "it").languages("it"));
        User advisor = advisor("Giulia " + tag, List.of("FINANCIAL"), List.of("it"), 10);
        User other = advisor("Luca " + tag, List.of("FINANCIAL"), List.of("it"), 10);
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cases.add(assignedCase(member, advisor, "Cash flow question " + i + " " + tag));
        }
        String otherCase = assignedCase(member, other, "Cash flow question for Luca " + tag);

        // Three slots that all share 10:30–10:45, each asked twice, by the advisor and by an operator, on three cases.
        LocalDate day = futureDay();
        List<LocalDateTime[]> slots = List.of(
                new LocalDateTime[] {day.atTime(10, 0), day.atTime(11, 0)},
                new LocalDateTime[] {day.atTime(10, 30), day.atTime(11, 30)},
                new LocalDateTime[] {day.atTime(10, 15), day.atTime(10, 45)});
        Api advisorApi = advisor.api();
        Api operator = Api.as("operator");
        operator.get(REQUESTS + "/" + cases.getFirst()); // a token in hand before the race, not fetched during it
        int racers = 6;
        List<ApiResponse> answers = new ArrayList<>();
        try (EventTap events = EventTap.open()) {
            CountDownLatch ready = new CountDownLatch(racers);
            CountDownLatch go = new CountDownLatch(1);
            try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
                List<Future<ApiResponse>> calls = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    Api caller = i % 2 == 0 ? advisorApi : operator;
                    String caseId = cases.get(i % 3);
                    LocalDateTime[] slot = slots.get(i / 2);
                    Map<String, Object> body = Map.of("start", slot[0].toString(), "end", slot[1].toString(),
                            "mode", "VIDEO", "location", "https://meet.example/isec-" + tag + "-" + i);
                    calls.add(pool.submit(() -> {
                        ready.countDown();
                        go.await(30, TimeUnit.SECONDS);
                        return caller.post(REQUESTS + "/" + caseId + "/sessions", body);
                    }));
                }
                assertThat(ready.await(30, TimeUnit.SECONDS)).as("all racers ready").isTrue();
                go.countDown();
                for (Future<ApiResponse> call : calls) {
                    answers.add(call.get(60, TimeUnit.SECONDS));
                }
            }

            List<ApiResponse> booked = answers.stream().filter(a -> a.status() == 201).toList();
            List<ApiResponse> losers = answers.stream().filter(a -> a.status() != 201).toList();
            assertThat(booked).as("exactly one booking among %s", answers).hasSize(1);
            assertThat(losers).hasSize(racers - 1).allSatisfy(loser ->
                    assertThat(assertProblem(loser, 409).path("code").asString()).isEqualTo("ADVISOR_DOUBLE_BOOKED"));
            JsonNode winner = booked.getFirst().body();
            String winnerCase = winner.path("requestId").asString();
            assertThat(cases).contains(winnerCase);

            // The advisor's calendar holds that one session, at that slot; the cases hold one session between them.
            for (Api reader : List.of(advisorApi, operator)) {
                JsonNode calendar = reader.get("/api/advisory/advisors/" + advisor.id() + "/sessions").body();
                assertThat(calendar.size()).as("sessions in the calendar").isEqualTo(1);
                assertThat(calendar.path(0).path("id").asString()).isEqualTo(winner.path("id").asString());
                assertThat(OffsetDateTime.parse(calendar.path(0).path("start").asString()))
                        .isEqualTo(OffsetDateTime.parse(winner.path("start").asString()));
                assertThat(OffsetDateTime.parse(calendar.path(0).path("end").asString()))
                        .isEqualTo(OffsetDateTime.parse(winner.path("end").asString()));
            }
            assertThat(advisorApi.get("/api/advisory/advisors/me/sessions").body().size()).isEqualTo(1);
            int sessionsOfCases = 0;
            for (String caseId : cases) {
                sessionsOfCases += member.api().get(REQUESTS + "/" + caseId + "/sessions").body().size();
            }
            assertThat(sessionsOfCases).isEqualTo(1);
            events.awaitEvent("isec.advisory.AdvisorySessionScheduled", winnerCase);
            assertThat(events.events(e -> "isec.advisory.AdvisorySessionScheduled".equals(e.type())
                    && cases.contains(e.subject()))).as("session events of the race").hasSize(1);

            // Half-open intervals: the next session may start when the booked one ends.
            OffsetDateTime end = OffsetDateTime.parse(winner.path("end").asString());
            ApiResponse adjacent = advisorApi.post(REQUESTS + "/" + cases.get(0) + "/sessions", Map.of(
                    "start", end.toString(), "end", end.plusHours(1).toString(), "mode", "PHONE"));
            assertThat(adjacent.status()).as("%s", adjacent).isEqualTo(201);
            // Still refused one by one, too.
            assertProblemCode(operator.post(REQUESTS + "/" + cases.get(1) + "/sessions", Map.of(
                    "start", slots.get(2)[0].toString(), "end", slots.get(2)[1].toString(), "mode", "PHONE")), 409, "ADVISOR_DOUBLE_BOOKED");
            // Another advisor is free at the same time: the rule is per advisor.
            ApiResponse otherAdvisor = other.api().post(REQUESTS + "/" + otherCase + "/sessions", Map.of(
                    "start", slots.get(0)[0].toString(), "end", slots.get(0)[1].toString(), "mode", "IN_PERSON",
                    "location", "Via Dante 4, Milano"));
            assertThat(otherAdvisor.status()).as("%s", otherAdvisor).isEqualTo(201);
            assertThat(advisorApi.get("/api/advisory/advisors/me/sessions").body().size()).isEqualTo(2);
            // A calendar is its advisor's and the operators' only.
            assertProblem(other.api().get("/api/advisory/advisors/" + advisor.id() + "/sessions"), 404);
            assertProblem(member.api().get("/api/advisory/advisors/" + advisor.id() + "/sessions"), 404);
        }
        ProofLog.record("journey", "Six concurrent bookings of one advisor's overlapping slots (advisor and operator, three cases)",
                racers, "one 201, the others 409 ADVISOR_DOUBLE_BOOKED; one session in the calendar",
                Map.of("201", answers.stream().filter(a -> a.status() == 201).count(),
                        "409", answers.stream().filter(a -> a.status() == 409).count(),
                        "5xx", answers.stream().filter(a -> a.status() >= 500).count()));
    }

    // ---- 3. another member sees neither the case nor the plan

    @Test
    void anotherMemberSeesNeitherTheCaseNorTheBusinessPlan() {
        String tag = tag();
        Member owner = Members.approved(Members.profile().legalName("Forno Segreto " + tag + " S.r.l.")
                .contact("Nadia", "it").languages("it"));
        Member stranger = Members.approved(Members.profile().legalName("Curiosi Associati " + tag + " S.r.l.")
                .atecoCodes("70.22.09").contact("Rocco", "it").languages("it").capabilities("consulting"));
        User advisor = advisor("Marta " + tag, List.of("FINANCIAL"), List.of("it"), 5);
        String caseId = assignedCase(owner, advisor, "Un prestito per il forno " + tag);
        ApiResponse plan = owner.api().post(PLANS, Samples.businessPlan(tag));
        assertThat(plan.status()).as("%s", plan).isEqualTo(201);
        String planId = plan.body().path("id").asString();
        Api strangerApi = stranger.api();
        LocalDateTime start = futureDay().atTime(9, 30);

        // The case: every read and write of a case that is not the caller's is 404, as if it did not exist.
        Map<String, ApiResponse> caseCalls = new LinkedHashMap<>();
        caseCalls.put("GET case", strangerApi.get(REQUESTS + "/" + caseId));
        caseCalls.put("GET sessions", strangerApi.get(REQUESTS + "/" + caseId + "/sessions"));
        caseCalls.put("POST note", strangerApi.post(REQUESTS + "/" + caseId + "/notes", Map.of("text", "Hello")));
        caseCalls.put("POST phase", strangerApi.post(REQUESTS + "/" + caseId + "/phases", Map.of("phase", "PLAN")));
        caseCalls.put("POST session", strangerApi.post(REQUESTS + "/" + caseId + "/sessions", Map.of(
                "start", start.toString(), "end", start.plusHours(1).toString(), "mode", "PHONE")));
        caseCalls.put("POST close", strangerApi.post(REQUESTS + "/" + caseId + "/close",
                Map.of("outcome", "Closed by a stranger", "satisfaction", 1)));
        caseCalls.put("GET case as an advisor not on it", Api.as("advisor").get(REQUESTS + "/" + caseId));
        caseCalls.forEach((what, answer) -> assertProblem(answer, 404));
        assertThat(strangerApi.get(REQUESTS).body().findValuesAsString("id")).as("the stranger's case list").doesNotContain(caseId);
        assertThat(Api.as("advisor").get(REQUESTS).body().findValuesAsString("id")).doesNotContain(caseId);
        // …while the parties do see it, untouched.
        JsonNode seen = owner.api().get(REQUESTS + "/" + caseId).body();
        assertThat(seen.path("stage").asString()).isEqualTo("NEEDS_ASSESSMENT");
        assertThat(seen.path("closure").isNull() || seen.path("closure").isMissingNode()).isTrue();
        assertThat(seen.path("phases").path(0).path("notes").size()).isZero();
        assertThat(advisor.api().get(REQUESTS + "/" + caseId).status()).isEqualTo(200);

        // The business plan: 404 for the stranger and for an advisor who does not advise the owner.
        Map<String, Integer> planCalls = new LinkedHashMap<>();
        planCalls.put("GET plan", assertProblem(strangerApi.get(PLANS + "/" + planId), 404).path("status").asInt());
        planCalls.put("GET financials", assertProblem(strangerApi.get(PLANS + "/" + planId + "/financials"), 404)
                .path("status").asInt());
        planCalls.put("GET pdf", strangerApi.download(PLANS + "/" + planId + "/pdf?lang=en").status());
        planCalls.put("PUT plan", assertProblem(strangerApi.put(PLANS + "/" + planId, Samples.businessPlan(tag + " v2")), 404)
                .path("status").asInt());
        planCalls.put("POST finalize", assertProblem(strangerApi.post(PLANS + "/" + planId + "/finalize", Map.of()), 404)
                .path("status").asInt());
        planCalls.put("GET plan as an advisor not advising", assertProblem(Api.as("advisor").get(PLANS + "/" + planId), 404)
                .path("status").asInt());
        assertThat(planCalls).allSatisfy((what, status) -> assertThat(status).as(what).isEqualTo(404));
        assertThat(strangerApi.get(PLANS).body().findValuesAsString("id")).doesNotContain(planId);
        // The owner, its advisor and operators read it; only the owner writes it.
        assertThat(owner.api().get(PLANS + "/" + planId).status()).isEqualTo(200);
        assertThat(advisor.api().get(PLANS + "/" + planId).status()).as("the owner's advisor").isEqualTo(200);
        assertThat(Api.as("operator").get(PLANS + "/" + planId + "/financials").status()).isEqualTo(200);
        assertProblem(advisor.api().put(PLANS + "/" + planId, Samples.businessPlan(tag + " by the advisor")), 404);
        assertThat(owner.api().get(PLANS + "/" + planId).body().path("title").asString()).doesNotContain("v2", "advisor");

        ProofLog.record("security", "Another member (and an advisor not on the case) reads and writes a case and a business plan",
                caseCalls.size() + planCalls.size(), "404 problem+json for every call; nothing changed",
                Map.of("404", caseCalls.size() + planCalls.size(), "leaked", 0));
    }

    // ---- 4. a funding call matched to the member that fits it, not to the one that does not

    @Test
    void aPublishedCallIsMatchedToTheEligibleMemberAndNotToTheOneWithoutTheDeclaredFounderTrait() {
        String tag = tag();
        int foundedYear = LocalDate.now(ROME).getYear() - 2;
        try (EventTap events = EventTap.open()) {
            // Two young catering SRLs in Lombardy with 8 people; only one declared it is women-led.
            Member womenLed = approvedWith(Members.profile().legalName("Cucina di Donne " + tag + " S.r.l.")
                    .contact("Fatima", "it").languages("it", "ar"), foundedYear, List.of("WOMEN_LED"));
            Member undeclared = approvedWith(Members.profile().legalName("Cucina Qualsiasi " + tag + " S.r.l.")
                    .contact("Giorgio", "it").languages("it"), foundedYear, List.of());

            Map<String, Object> youngCompanies = new LinkedHashMap<>();
            youngCompanies.put("atecoPrefixes", List.of("56.10"));
            youngCompanies.put("regions", List.of("lombardia"));
            youngCompanies.put("legalForms", List.of("SRL"));
            youngCompanies.put("maxCompanyAgeYears", 5);
            youngCompanies.put("maxEmployees", 10);
            Map<String, Object> womenLedOnly = new LinkedHashMap<>(youngCompanies);
            womenLedOnly.put("founderTraits", List.of("WOMEN_LED"));

            // Only operators publish, and the eligibility is checked field by field.
            String grantTitle = "Impresa femminile Lombardia " + tag;
            String controlTitle = "Giovani imprese della ristorazione " + tag;
            assertProblem(womenLed.api().post(FUNDING, call(grantTitle, womenLedOnly)), 403);
            Map<String, Object> badRegion = new LinkedHashMap<>(womenLedOnly);
            badRegion.put("regions", List.of("Atlantide"));
            assertProblemNaming(Api.as("operator").post(FUNDING, call(grantTitle, badRegion)), 422, "eligibility.regions[0]");

            ApiResponse grant = Api.as("operator").post(FUNDING, call(grantTitle, womenLedOnly));
            assertThat(grant.status()).as("%s", grant).isEqualTo(201);
            String grantId = grant.body().path("id").asString();
            // The same call without the founder criterion, which both members fit: it shows advisory knows both.
            ApiResponse control = Api.as("operator").post(FUNDING, call(controlTitle, youngCompanies));
            assertThat(control.status()).as("%s", control).isEqualTo(201);
            String controlId = control.body().path("id").asString();
            ReceivedEvent published = events.awaitEvent("isec.advisory.FundingOpportunityPublished", grantId);
            assertThat(JsonSchemas.validate(published.type(), 1, published.value())).isEmpty();

            // FundingMatchFound: the women-led member for the grant, with its reasons; both for the control call.
            ReceivedEvent match = events.awaitEvent("FundingMatchFound of the grant for " + womenLed.legalName(),
                    e -> isMatch(e, grantId, womenLed.memberId()));
            assertThat(JsonSchemas.validate(match.type(), 1, match.value())).isEmpty();
            List<String> expected = List.of("ATECO:56.10.11", "REGION:Lombardia", "LEGAL_FORM:SRL", "COMPANY_AGE:2",
                    "EMPLOYEES:8", "FOUNDER:WOMEN_LED");
            assertThat(match.data().path("reasons").values()).extracting(JsonNode::asString).containsExactlyElementsOf(expected);
            events.awaitEvent("FundingMatchFound of the control call for " + womenLed.legalName(),
                    e -> isMatch(e, controlId, womenLed.memberId()));
            ReceivedEvent controlMatch = events.awaitEvent("FundingMatchFound of the control call for " + undeclared.legalName(),
                    e -> isMatch(e, controlId, undeclared.memberId()));
            assertThat(controlMatch.data().path("reasons").values()).extracting(JsonNode::asString)
                    .containsExactlyElementsOf(expected.subList(0, 5));
            // Advisory has judged the undeclared member against both calls by now: no match for the grant.
            assertThat(events.events(e -> isMatch(e, grantId, undeclared.memberId()))).as("grant matches of %s",
                    undeclared.legalName()).isEmpty();
            assertThat(events.events(e -> isMatch(e, grantId, womenLed.memberId()))).as("once per call and member").hasSize(1);

            // What each member may apply to, with the reasons (eligibleFor=me), and the operator's view by member id.
            JsonNode fitsWomenLed = womenLed.api().get(FUNDING + "?eligibleFor=me").body();
            assertThat(fitsWomenLed.findValuesAsString("id")).contains(grantId, controlId);
            assertThat(opportunity(fitsWomenLed, grantId).path("reasons").values()).extracting(JsonNode::asString)
                    .containsExactlyElementsOf(expected);
            JsonNode fitsUndeclared = undeclared.api().get(FUNDING + "?eligibleFor=me").body();
            assertThat(fitsUndeclared.findValuesAsString("id")).contains(controlId).doesNotContain(grantId);
            assertThat(Api.as("operator").get(FUNDING + "?eligibleFor=" + undeclared.memberId()).body()
                    .findValuesAsString("id")).contains(controlId).doesNotContain(grantId);
            assertThat(Api.as("operator").get(FUNDING + "?eligibleFor=" + womenLed.memberId()).body()
                    .findValuesAsString("id")).contains(grantId, controlId);
            assertProblemCode(undeclared.api().get(FUNDING + "?eligibleFor=" + womenLed.memberId()), 403, "OTHER_MEMBER");
            // The call itself is open to everyone signed in, eligible or not.
            assertThat(undeclared.api().get(FUNDING).body().findValuesAsString("id")).contains(grantId);
            JsonNode shown = undeclared.api().get(FUNDING + "/" + grantId).body();
            assertThat(shown.path("eligibility").path("founderTraits").values()).extracting(JsonNode::asString)
                    .containsExactly("WOMEN_LED");

            // The member is told in its inbox; the other is told only of the call it fits.
            awaitInboxTitle(womenLed, grantTitle);
            awaitInboxTitle(undeclared, controlTitle);
            assertThat(inboxTitles(undeclared)).noneMatch(title -> title.contains(grantTitle));

            ProofLog.record("journey", "Funding call for women-led young catering SRLs; two members differing only in the declared trait",
                    2, "matched to the women-led member with six reasons, not to the other (which fits the same call without the trait)",
                    Map.of("matches of the eligible", 1, "matches of the ineligible", 0));
        }
    }

    // ---- helpers

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A day between one month and a year ahead, so reruns and other tests do not share slots. */
    private static LocalDate futureDay() {
        return LocalDate.now(ROME).plusDays(30 + ThreadLocalRandom.current().nextInt(330));
    }

    /** A fresh Keycloak user with role advisor and an advisor profile kept by the operator. */
    private static User advisor(String name, List<String> areas, List<String> languages, int maxOpenCases) {
        User user = Users.create("advisor");
        Users.grantRealmRole(user, "advisor");
        ApiResponse saved = Api.as("operator").put("/api/advisory/advisors/" + user.id(), Map.of("displayName", name,
                "email", user.email(), "areas", areas, "languages", languages, "maxOpenCases", maxOpenCases));
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(saved.body().path("active").asBoolean()).isTrue();
        return user;
    }

    /** A FINANCIAL case of {@code member}, in Italian, assigned to {@code advisor}; returns its id. */
    private static String assignedCase(Member member, User advisor, String description) {
        ApiResponse requested = member.api().post(REQUESTS, Map.of("area", "FINANCIAL", "description", description,
                "preferredLanguage", "it"));
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        String id = requested.body().path("id").asString();
        ApiResponse assigned = Api.as("operator").post(REQUESTS + "/" + id + "/assign", Map.of("advisorId", advisor.id()));
        assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
        return id;
    }

    private static void advance(Api caller, String id, String phase) {
        ApiResponse moved = caller.post(REQUESTS + "/" + id + "/phases", Map.of("phase", phase));
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.body().path("stage").asString()).isEqualTo(phase);
        assertThat(phasesOf(moved.body()).getLast()).isEqualTo(phase);
    }

    private static List<String> phasesOf(JsonNode view) {
        return view.path("phases").values().stream().map(p -> p.path("phase").asString()).toList();
    }

    private static List<Integer> scores(JsonNode suggestions) {
        return suggestions.values().stream().map(s -> s.path("score").asInt()).toList();
    }

    private static JsonNode suggestionOf(JsonNode suggestions, String advisorId) {
        return suggestions.values().stream().filter(s -> advisorId.equals(s.path("advisorId").asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion for " + advisorId + " in " + suggestions));
    }

    /** The shown time is the Rome wall-clock time asked for, with Rome's offset on that day. */
    private static void assertRomeTime(String shown, LocalDateTime romeWallClock) {
        ZonedDateTime expected = romeWallClock.atZone(ROME);
        OffsetDateTime actual = OffsetDateTime.parse(shown);
        assertThat(actual.toInstant()).as("instant of %s", shown).isEqualTo(expected.toInstant());
        assertThat(actual.getOffset()).as("offset of %s", shown).isEqualTo(expected.getOffset());
        assertThat(actual.toLocalDateTime()).as("wall clock of %s", shown).isEqualTo(romeWallClock);
    }

    /** A call of Regione Lombardia, open for two months, with these eligibility rules. */
    private static Map<String, Object> call(String title, Map<String, Object> eligibility) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("title", title);
        call.put("scope", "REGIONAL");
        call.put("provider", "Regione Lombardia");
        call.put("description", "Contributi a fondo perduto per l'avvio di imprese della ristorazione.");
        call.put("eligibility", eligibility);
        call.put("currency", "EUR");
        call.put("minAmount", 5000);
        call.put("maxAmount", 40000);
        call.put("deadline", LocalDate.now(ROME).plusMonths(2).toString());
        call.put("url", "https://www.bandi.regione.lombardia.it/st-" + title.hashCode());
        return call;
    }

    private static boolean isMatch(ReceivedEvent e, String opportunityId, String memberId) {
        return "isec.advisory.FundingMatchFound".equals(e.type()) && opportunityId.equals(e.subject())
                && memberId.equals(e.data().path("memberId").asString(""));
    }

    private static JsonNode opportunity(JsonNode list, String id) {
        return list.values().stream().filter(o -> id.equals(o.path("id").asString())).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + list));
    }

    /**
     * An approved member with facts the profile builder does not set: the year it was founded and the founder traits
     * it declares (catering 56.10.11, SRL, Lombardia, 8 employees otherwise, as {@link Members.Profile} writes them).
     */
    private static Member approvedWith(Members.Profile profile, int foundedYear, List<String> founderTraits) {
        User user = Users.create("founder");
        String vat = Members.randomVat();
        Map<String, Object> body = new LinkedHashMap<>(profile.applicationBody(vat, user.email(), Members.charterVersion()));
        @SuppressWarnings("unchecked")
        Map<String, Object> organization = new LinkedHashMap<>((Map<String, Object>) body.get("organization"));
        organization.put("foundedYear", foundedYear);
        organization.put("employees", 8);
        organization.put("founderTraits", founderTraits);
        body.put("organization", organization);
        ApiResponse applied = user.api().post("/api/membership/applications", body);
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        String applicationId = applied.body().path("id").asString();
        ApiResponse approved = Api.as("operator").post("/api/membership/applications/" + applicationId + "/approve", Map.of());
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        String memberId = approved.body().path("memberId").asString();
        Members.awaitProvisioned(user, memberId);
        return new Member(user, memberId, applicationId, profile.legalName(), vat);
    }

    private static List<String> inboxTitles(Member member) {
        return member.api().get("/api/notifications/inbox?size=100").body().path("items").values().stream()
                .filter(item -> "funding-match".equals(item.path("kind").asString()))
                .map(item -> item.path("title").asString()).toList();
    }

    private static void awaitInboxTitle(Member member, String title) {
        await("funding-match about " + title + " in the inbox of " + member.legalName()).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> inboxTitles(member).stream().anyMatch(t -> t.contains(title)));
    }
}
