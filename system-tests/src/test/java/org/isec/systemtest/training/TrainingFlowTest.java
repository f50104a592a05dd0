package org.isec.systemtest.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Problems.assertProblem;
import static org.isec.systemtest.support.Problems.assertProblemNaming;
import static org.isec.systemtest.support.Problems.assertProblemCode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.isec.contracts.JsonSchemas;
import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 6 through the gateway with real Keycloak tokens, beside the journey's ethics course: a course of the
 * trainer's own with few seats, its waitlist and the promotion a cancellation causes, the certificate verified by
 * anyone without a token and printed with its code; concurrent enrolments that never exceed the capacity and queue
 * the rest in order; the knowledge hub's language fallback (asked language, else Italian, else English).
 */
@SystemTest
class TrainingFlowTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** Crockford base32, four groups of four (README: no I, L, O, U). */
    private static final String CODE_PATTERN = "^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$";

    private EventTap events;

    @BeforeEach
    void tapEvents() {
        events = EventTap.open();
    }

    @AfterEach
    void closeTap() {
        events.close();
    }

    // ------------------------------------------------------------------------------------------------------------
    // 1. publish → enrol → waitlist → cancel → promotion → complete → certificate verified without a token → PDF
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void aCancelledSeatGoesToTheWaitlistAndTheCompletionGivesACertificateAnyoneCanVerify() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Member first = Members.approved(Members.profile().legalName("Primo Corso " + tag + " S.r.l.").contact("Giulia", "it"));
        Member second = Members.approved(Members.profile().legalName("Secondo Corso " + tag + " S.r.l.").contact("Omar", "ar"));
        Member third = Members.approved(Members.profile().legalName("Terzo Corso " + tag + " S.r.l.").contact("Wei", "zh"));

        // The trainer publishes a course of their own with two seats.
        String englishTitle = "Public tenders " + tag;
        ApiResponse published = Api.as("trainer").post("/api/training/courses", inPersonCourse(tag, englishTitle, 2));
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        JsonNode course = published.body();
        String courseId = course.path("id").asString();
        assertThat(published.header("Location")).endsWith("/api/training/courses/" + courseId);
        assertThat(course.path("trainerId").asString()).as("a trainer publishes for themselves")
                .isEqualTo(Tokens.claims(Tokens.forUser("trainer")).path("sub").asString());
        assertThat(course.path("capacity").asInt()).isEqualTo(2);
        assertThat(course.path("openForEnrolment").asBoolean()).isTrue();
        assertThat(course.path("sessions").path(0).path("timeZone").asString()).isEqualTo("Europe/Rome");
        assertSeats(courseId, 0, 0, 2);
        ReceivedEvent coursePublished = events.awaitEvent("isec.training.CoursePublished", courseId);
        assertThat(JsonSchemas.validate(coursePublished.type(), 1, coursePublished.value())).isEmpty();

        // Two seats, three learners: the first two confirmed, the third waits first in line.
        ApiResponse firstEnrolled = enrol(first, courseId);
        ApiResponse secondEnrolled = enrol(second, courseId);
        ApiResponse thirdEnrolled = enrol(third, courseId);
        for (ApiResponse confirmed : List.of(firstEnrolled, secondEnrolled)) {
            assertThat(confirmed.body().path("status").asString()).as("%s", confirmed).isEqualTo("CONFIRMED");
            assertThat(absent(confirmed.body().path("waitlistPosition"))).as("%s", confirmed).isTrue();
        }
        assertThat(thirdEnrolled.body().path("status").asString()).as("%s", thirdEnrolled).isEqualTo("WAITLISTED");
        assertThat(thirdEnrolled.body().path("waitlistPosition").asInt()).as("%s", thirdEnrolled).isEqualTo(1);
        String firstId = firstEnrolled.body().path("id").asString();
        String thirdId = thirdEnrolled.body().path("id").asString();
        assertThat(thirdEnrolled.header("Location")).endsWith("/api/training/enrollments/" + thirdId);
        assertSeats(courseId, 2, 1, 0);

        // One live enrolment per person and course.
        assertProblemCode(third.api().post("/api/training/courses/" + courseId + "/enrollments", Map.of()), 409, "ALREADY_ENROLLED");

        // The waiting learner sees their status and place, alone and among their enrolments.
        JsonNode waiting = third.api().get("/api/training/enrollments/" + thirdId).body();
        assertThat(waiting.path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.path("waitlistPosition").asInt()).isEqualTo(1);
        JsonNode mine = third.api().get("/api/training/enrollments?mine=true").body();
        assertThat(mine.values()).filteredOn(e -> thirdId.equals(e.path("id").asString())).singleElement()
                .satisfies(e -> {
                    assertThat(e.path("status").asString()).isEqualTo("WAITLISTED");
                    assertThat(e.path("waitlistPosition").asInt()).isEqualTo(1);
                });
        ReceivedEvent waitlisted = awaitTrainingEvent("EnrollmentWaitlisted", thirdId);
        assertThat(waitlisted.data().path("position").asInt()).isEqualTo(1);

        // A waiting learner cannot be completed.
        assertProblemCode(Api.as("trainer").post("/api/training/enrollments/" + thirdId + "/complete",
                Map.of("language", "en")), 409, "NOT_CONFIRMED");

        // The first learner cancels: the seat goes to the one waiting, in the same call.
        ApiResponse cancelled = first.api().delete("/api/training/enrollments/" + firstId);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.body().path("status").asString()).isEqualTo("CANCELLED");
        assertProblemCode(first.api().delete("/api/training/enrollments/" + firstId), 409, "ALREADY_CANCELLED");
        // Promotion is part of the cancelling call (Seating.releaseAndRefill), so it is there at once.
        JsonNode promoted = third.api().get("/api/training/enrollments/" + thirdId).body();
        assertThat(promoted.path("status").asString()).as("%s", promoted).isEqualTo("CONFIRMED");
        assertThat(promoted.path("promotedFromWaitlist").asBoolean()).isTrue();
        assertThat(absent(promoted.path("waitlistPosition"))).as("%s", promoted).isTrue();
        assertSeats(courseId, 2, 0, 0);
        ReceivedEvent seatReleased = awaitTrainingEvent("EnrollmentCancelled", firstId);
        assertThat(seatReleased.data().path("seatReleased").asBoolean()).isTrue();
        ReceivedEvent promotion = events.awaitEvent("EnrollmentConfirmed (promoted) of " + thirdId,
                e -> "isec.training.EnrollmentConfirmed".equals(e.type())
                        && thirdId.equals(e.data().path("enrollmentId").asString()));
        assertThat(promotion.data().path("promotedFromWaitlist").asBoolean()).isTrue();
        for (ReceivedEvent event : List.of(waitlisted, seatReleased, promotion)) {
            assertThat(JsonSchemas.validate(event.type(), 1, event.value())).as("%s", event).isEmpty();
        }

        // The trainer records the completion: the certificate, with its unguessable code; asking again gives the same.
        ApiResponse completed = Api.as("trainer").post("/api/training/enrollments/" + thirdId + "/complete",
                Map.of("language", "en"));
        assertThat(completed.status()).as("%s", completed).isEqualTo(200);
        JsonNode certificate = completed.body();
        String code = certificate.path("verificationCode").asString();
        assertThat(code).matches(CODE_PATTERN);
        assertThat(certificate.path("enrollmentId").asString()).isEqualTo(thirdId);
        assertThat(certificate.path("language").asString()).isEqualTo("en");
        assertThat(certificate.path("course").path("id").asString()).isEqualTo(courseId);
        assertThat(certificate.path("course").path("title").asString()).isEqualTo(englishTitle);
        ApiResponse repeated = Api.as("trainer").post("/api/training/enrollments/" + thirdId + "/complete",
                Map.of("language", "en"));
        assertThat(repeated.status()).as("%s", repeated).isEqualTo(200);
        assertThat(repeated.body().path("verificationCode").asString()).as("a repeated completion").isEqualTo(code);
        JsonNode done = third.api().get("/api/training/enrollments/" + thirdId).body();
        assertThat(done.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.path("verificationCode").asString()).isEqualTo(code);
        ReceivedEvent courseCompleted = awaitTrainingEvent("CourseCompleted", thirdId);
        assertThat(courseCompleted.data().path("courseTopic").asString()).isEqualTo("PUBLIC_PROCUREMENT");
        ReceivedEvent issued = events.awaitEvent("CertificateIssued " + code,
                e -> "isec.training.CertificateIssued".equals(e.type())
                        && code.equals(e.data().path("verificationCode").asString()));
        assertThat(issued.data().path("enrollmentId").asString()).isEqualTo(thirdId);
        for (ReceivedEvent event : List.of(courseCompleted, issued)) {
            assertThat(JsonSchemas.validate(event.type(), 1, event.value())).as("%s", event).isEmpty();
        }

        // Anyone verifies it without a token: who, what, when — and nothing else about the learner.
        ApiResponse verified = Api.anonymous().get("/api/training/certificates/" + code);
        assertThat(verified.status()).as("%s", verified).isEqualTo(200);
        JsonNode publicView = verified.body();
        assertThat(publicView.path("valid").asBoolean()).isTrue();
        assertThat(publicView.path("verificationCode").asString()).isEqualTo(code);
        assertThat(publicView.path("holder").path("name").asString()).isNotBlank()
                .isEqualTo(done.path("learnerName").asString());
        assertThat(publicView.path("holder").path("organisation").asString()).isEqualTo(third.legalName());
        assertThat(publicView.path("course").path("id").asString()).isEqualTo(courseId);
        assertThat(publicView.path("course").path("title").asString()).isEqualTo(englishTitle);
        assertThat(publicView.path("course").path("topic").asString()).isEqualTo("PUBLIC_PROCUREMENT");
        assertThat(publicView.path("language").asString()).isEqualTo("en");
        assertThat(publicView.path("completedOn").asString()).isEqualTo(certificate.path("completedOn").asString());
        assertThat(verified.text()).as("no personal data beyond what is printed")
                .doesNotContain(third.user().id()).doesNotContain(third.user().email()).doesNotContain(thirdId);
        // Typed from paper: case and hyphens do not matter.
        ApiResponse typed = Api.anonymous().get("/api/training/certificates/" + code.toLowerCase().replace("-", ""));
        assertThat(typed.status()).as("%s", typed).isEqualTo(200);
        assertThat(typed.body().path("verificationCode").asString()).isEqualTo(code);
        assertProblem(Api.anonymous().get("/api/training/certificates/" + unknownCode(code)), 404);

        // The PDF, also public, has the verification code on it.
        Api.Download pdf = Api.anonymous().download("/api/training/certificates/" + code + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        String text = textOf(pdf.body());
        assertThat(text).contains(code).contains(tag);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 2. Concurrent enrolments through the gateway
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void concurrentEnrolmentsNeverExceedTheSeatsAndQueueTheRestInOrder() throws Exception {
        int seats = 5;
        int learners = 12;
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            members.add(Members.approved(Members.profile().legalName("Corsista " + i + " " + tag + " S.r.l.")
                    .contact("Learner", "it")));
        }
        ApiResponse published = Api.as("trainer").post("/api/training/courses", webinar(tag, "Rush for seats " + tag, seats));
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        String courseId = published.body().path("id").asString();

        // Every learner's token is fetched before the start, so the calls leave together; the first learner
        // sends twice at once.
        List<Api> callers = new ArrayList<>();
        List<Integer> who = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            callers.add(members.get(i).api());
            who.add(i);
        }
        callers.add(callers.getFirst());
        who.add(0);
        List<ApiResponse> answers = concurrently(callers.stream()
                .map(api -> (Callable<ApiResponse>) () ->
                        api.post("/api/training/courses/" + courseId + "/enrollments", Map.of()))
                .toList());

        // The doubled call: one enrolment only (the second is refused, or resumes the same one).
        Map<Integer, String> enrolmentOf = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            ApiResponse answer = answers.get(i);
            int learner = who.get(i);
            if (answer.status() == 409) {
                assertThat(learner).as("only the doubled call may be refused: %s", answer).isZero();
                assertProblemCode(answer, 409, "ALREADY_ENROLLED");
                continue;
            }
            assertThat(answer.status()).as("%s", answer).isEqualTo(201);
            String id = answer.body().path("id").asString();
            String earlier = enrolmentOf.putIfAbsent(learner, id);
            assertThat(earlier == null || earlier.equals(id)).as("one enrolment per person: %s", answer).isTrue();
        }
        assertThat(enrolmentOf).hasSize(learners);

        // Exactly the capacity confirmed, the rest waiting at positions 1..7, each place taken once.
        Map<String, JsonNode> byId = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).status() == 201) {
                byId.put(answers.get(i).body().path("id").asString(), answers.get(i).body());
            }
        }
        List<String> confirmed = byId.values().stream().filter(e -> "CONFIRMED".equals(e.path("status").asString()))
                .map(e -> e.path("id").asString()).toList();
        List<String> queue = queueOrder(byId.values());
        assertThat(confirmed).hasSize(seats);
        assertThat(queue).hasSize(learners - seats);
        assertThat(byId.values()).allSatisfy(e -> assertThat(e.path("status").asString()).isIn("CONFIRMED", "WAITLISTED"));
        assertThat(byId.values()).filteredOn(e -> "CONFIRMED".equals(e.path("status").asString()))
                .allSatisfy(e -> assertThat(absent(e.path("waitlistPosition"))).as("%s", e).isTrue());
        assertThat(positions(byId.values())).containsExactlyElementsOf(range(1, learners - seats));
        assertSeats(courseId, seats, learners - seats, 0);

        // The roster (the course's trainer) shows the same: nobody seated beyond the capacity, the same order.
        JsonNode roster = roster(courseId);
        assertThat(roster.size()).isEqualTo(learners);
        assertThat(roster.values()).filteredOn(e -> "CONFIRMED".equals(e.path("status").asString()))
                .extracting(e -> e.path("id").asString()).containsExactlyInAnyOrderElementsOf(confirmed);
        assertThat(queueOrder(roster.values())).containsExactlyElementsOf(queue);

        // Each waiting learner was told their place at that moment, and it is still theirs.
        for (String id : queue) {
            ReceivedEvent event = awaitTrainingEvent("EnrollmentWaitlisted", id);
            assertThat(JsonSchemas.validate(event.type(), 1, event.value())).isEmpty();
            assertThat(event.data().path("position").asInt()).as("%s", event).isEqualTo(queue.indexOf(id) + 1);
        }
        for (String id : confirmed) {
            ReceivedEvent event = awaitTrainingEvent("EnrollmentConfirmed", id);
            assertThat(event.data().path("promotedFromWaitlist").asBoolean()).as("%s", event).isFalse();
        }

        // A confirmed learner cancels: the head of the queue gets the seat; everyone else moves up by one.
        Map<String, Member> learnerOf = new HashMap<>();
        enrolmentOf.forEach((i, id) -> learnerOf.put(id, members.get(i)));
        String leaving = confirmed.getFirst();
        String head = queue.getFirst();
        ApiResponse cancelled = learnerOf.get(leaving).api().delete("/api/training/enrollments/" + leaving);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        JsonNode promoted = learnerOf.get(head).api().get("/api/training/enrollments/" + head).body();
        assertThat(promoted.path("status").asString()).as("%s", promoted).isEqualTo("CONFIRMED");
        assertThat(promoted.path("promotedFromWaitlist").asBoolean()).isTrue();
        List<String> queueAfterPromotion = queue.subList(1, queue.size());
        assertThat(queueOrder(roster(courseId).values())).as("the others keep their order")
                .containsExactlyElementsOf(queueAfterPromotion);
        assertSeats(courseId, seats, learners - seats - 1, 0);

        // A waiting learner in the middle leaves: nobody is promoted (no seat was freed), those behind move up.
        String middle = queueAfterPromotion.get(2);
        ApiResponse leftQueue = learnerOf.get(middle).api().delete("/api/training/enrollments/" + middle);
        assertThat(leftQueue.status()).as("%s", leftQueue).isEqualTo(200);
        List<String> queueAfterLeaving = new ArrayList<>(queueAfterPromotion);
        queueAfterLeaving.remove(middle);
        assertThat(queueOrder(roster(courseId).values())).containsExactlyElementsOf(queueAfterLeaving);
        assertSeats(courseId, seats, learners - seats - 2, 0);
        assertThat(awaitTrainingEvent("EnrollmentCancelled", middle).data().path("seatReleased").asBoolean()).isFalse();

        // The learner who cancelled may enrol again — at the back of the queue, not in their old seat.
        ApiResponse back = learnerOf.get(leaving).api().post("/api/training/courses/" + courseId + "/enrollments", Map.of());
        assertThat(back.status()).as("%s", back).isEqualTo(201);
        assertThat(back.body().path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(back.body().path("waitlistPosition").asInt()).isEqualTo(queueAfterLeaving.size() + 1);
        assertThat(back.body().path("id").asString()).isNotEqualTo(leaving);
        List<String> finalQueue = new ArrayList<>(queueAfterLeaving);
        finalQueue.add(back.body().path("id").asString());
        JsonNode finalRoster = roster(courseId);
        assertThat(queueOrder(finalRoster.values())).containsExactlyElementsOf(finalQueue);
        assertThat(finalRoster.values()).filteredOn(e -> "CONFIRMED".equals(e.path("status").asString())).hasSize(seats);
        assertSeats(courseId, seats, finalQueue.size(), 0);

        ProofLog.record("journey", "Concurrent enrolments through the gateway for a course with few seats",
                answers.size(), "capacity never exceeded; the rest queued in order; a cancellation promoted the first waiting",
                Map.of("enrolments", learners, "seats", seats, "confirmed", confirmed.size(), "waitlisted", queue.size(),
                        "over capacity", 0, "promotions", 1));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 3. The knowledge hub's language fallback
    // ------------------------------------------------------------------------------------------------------------

    @Test
    void theHubServesTheAskedLanguageElseItalianElseEnglishAndSaysWhichItServed() {
        Api reader = Api.as("member");

        // The seeded article on opening a VAT number has all six platform languages: Arabic and Chinese as asked.
        JsonNode arabic = article(reader, "partita-iva-imprenditore-straniero", "ar");
        assertServed(arabic, "ar", "ar", false);
        assertThat(arabic.path("availableLanguages").values()).extracting(JsonNode::asString)
                .containsExactly("ar", "en", "es", "fr", "it", "zh");
        assertThat(arabic.path("title").asString()).as("an Arabic title").matches(title -> hasScript(title, Character.UnicodeScript.ARABIC));
        JsonNode chinese = article(reader, "partita-iva-imprenditore-straniero", "zh");
        assertServed(chinese, "zh", "zh", false);
        assertThat(chinese.path("title").asString()).as("a Chinese title").matches(title -> hasScript(title, Character.UnicodeScript.HAN));
        assertThat(article(reader, "partita-iva-imprenditore-straniero", "AR").path("servedLanguage").asString())
                .as("the code is read case-insensitively").isEqualTo("ar");

        // The residence-permit article has it, en, fr, es: Arabic and Chinese readers get Italian, and are told so.
        String permit = "permesso-di-soggiorno-lavoro-autonomo";
        JsonNode italian = article(reader, permit, "it");
        assertServed(italian, "it", "it", false);
        for (String missing : List.of("ar", "zh")) {
            JsonNode fallback = article(reader, permit, missing);
            assertServed(fallback, missing, "it", true);
            assertThat(fallback.path("title").asString()).isEqualTo(italian.path("title").asString());
            assertThat(fallback.path("body").asString()).isEqualTo(italian.path("body").asString());
            assertThat(fallback.path("availableLanguages").values()).extracting(JsonNode::asString)
                    .containsExactly("en", "es", "fr", "it");
        }
        // Without lang, Accept-Language decides; without either, Italian.
        ApiResponse byHeader = reader.header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5").get("/api/training/articles/" + permit);
        assertThat(byHeader.status()).as("%s", byHeader).isEqualTo(200);
        assertServed(byHeader.body(), "fr", "fr", false);
        ApiResponse byDefault = reader.get("/api/training/articles/" + permit);
        assertServed(byDefault.body(), "it", "it", false);

        // An article with no Italian: the fallback's second step is English. Adding Italian moves it ahead.
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String slug = "st-hub-" + tag;
        ApiResponse created = Api.as("trainer").post("/api/training/articles", Map.of("slug", slug, "category", "PROCEDURES",
                "translations", Map.of(
                        "en", translation("Registering a shop sign " + tag, "Which office, which form."),
                        "de", translation("Ein Ladenschild anmelden " + tag, "Welches Amt, welches Formular."))));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/training/articles/" + created.body().path("id").asString());
        JsonNode french = article(reader, slug, "fr");
        assertServed(french, "fr", "en", true);
        assertThat(french.path("title").asString()).isEqualTo("Registering a shop sign " + tag);
        assertServed(article(reader, slug, "de"), "de", "de", false);
        assertServed(article(reader, created.body().path("id").asString(), "ar"), "ar", "en", true);
        ApiResponse listed = reader.get("/api/training/articles?lang=ar&q=" + tag);
        assertThat(listed.status()).as("%s", listed).isEqualTo(200);
        assertThat(listed.body().path("items").values()).singleElement().satisfies(item -> {
            assertThat(item.path("slug").asString()).isEqualTo(slug);
            assertServed(item, "ar", "en", true);
        });
        ApiResponse translated = Api.as("trainer").put("/api/training/articles/" + slug + "/translations/it",
                translation("Registrare un'insegna " + tag, "Quale ufficio, quale modulo."));
        assertThat(translated.status()).as("%s", translated).isEqualTo(200);
        JsonNode nowItalian = article(reader, slug, "fr");
        assertServed(nowItalian, "fr", "it", true);
        assertThat(nowItalian.path("title").asString()).isEqualTo("Registrare un'insegna " + tag);
        assertThat(nowItalian.path("availableLanguages").values()).extracting(JsonNode::asString)
                .containsExactly("de", "en", "it");

        // A whole page in Arabic: each article says what it is in, by the same rule.
        ApiResponse page = reader.get("/api/training/articles?lang=ar&size=100");
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.body().path("items").values()).isNotEmpty().allSatisfy(item -> {
            List<String> available = item.path("availableLanguages").values().stream().map(JsonNode::asString).toList();
            String expected = available.contains("ar") ? "ar" : available.contains("it") ? "it" : "en";
            assertServed(item, "ar", expected, !expected.equals("ar"));
        });

        // Not a language code at all: refused, with the field named.
        assertProblemNaming(reader.get("/api/training/articles/" + permit + "?lang=xx"), 422, "lang");
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Map<String, Object> inPersonCourse(String tag, String englishTitle, int capacity) {
        ZonedDateTime start = futureMorning();
        return Map.of("title", Map.of("en", englishTitle, "it", "Appalti pubblici " + tag),
                "description", Map.of("en", "Bidding for public contracts, published by a system test."),
                "topic", "PUBLIC_PROCUREMENT", "format", "IN_PERSON", "languages", List.of("en", "it"),
                "capacity", capacity,
                "sessions", List.of(Map.of("start", start.format(OFFSET_TIME), "end", start.plusHours(3).format(OFFSET_TIME),
                        "location", "Via Roma 1, Milano")));
    }

    private static Map<String, Object> webinar(String tag, String englishTitle, int capacity) {
        ZonedDateTime start = futureMorning();
        return Map.of("title", Map.of("en", englishTitle, "it", "Corsa ai posti " + tag),
                "topic", "DIGITAL", "format", "WEBINAR", "languages", List.of("it", "en"), "capacity", capacity,
                "sessions", List.of(Map.of("start", start.format(OFFSET_TIME), "end", start.plusHours(2).format(OFFSET_TIME),
                        "meetingLink", "https://meet.example/isec-" + tag)));
    }

    /** A morning in Milan 30–330 days ahead (CourseRules: sessions start in the future, end after they start). */
    private static ZonedDateTime futureMorning() {
        LocalDate day = LocalDate.now(ROME).plusDays(30 + ThreadLocalRandom.current().nextInt(300));
        return day.atTime(9, 30).atZone(ROME);
    }

    private static Map<String, String> translation(String title, String summary) {
        return Map.of("title", title, "summary", summary, "body", summary + " Written by a system test.");
    }

    private static ApiResponse enrol(Member member, String courseId) {
        ApiResponse enrolled = member.api().post("/api/training/courses/" + courseId + "/enrollments", Map.of());
        assertThat(enrolled.status()).as("%s", enrolled).isEqualTo(201);
        return enrolled;
    }

    private static void assertSeats(String courseId, int confirmed, int waitlisted, int available) {
        ApiResponse course = Api.as("trainer").get("/api/training/courses/" + courseId);
        assertThat(course.status()).as("%s", course).isEqualTo(200);
        JsonNode seats = course.body().path("seats");
        assertThat(seats.path("confirmed").asInt()).as("confirmed in %s", course).isEqualTo(confirmed);
        assertThat(seats.path("waitlisted").asInt()).as("waitlisted in %s", course).isEqualTo(waitlisted);
        assertThat(seats.path("available").asInt()).as("available in %s", course).isEqualTo(available);
        assertThat(seats.path("confirmed").asInt()).as("never beyond the capacity: %s", course)
                .isLessThanOrEqualTo(seats.path("capacity").asInt());
    }

    private static JsonNode roster(String courseId) {
        ApiResponse roster = Api.as("trainer").get("/api/training/courses/" + courseId + "/enrollments");
        assertThat(roster.status()).as("%s", roster).isEqualTo(200);
        return roster.body();
    }

    /** The waiting enrolments' ids by waitlist position. */
    private static List<String> queueOrder(Collection<JsonNode> enrolments) {
        return enrolments.stream().filter(e -> "WAITLISTED".equals(e.path("status").asString()))
                .sorted(Comparator.comparingInt(e -> e.path("waitlistPosition").asInt()))
                .map(e -> e.path("id").asString()).toList();
    }

    private static List<Integer> positions(Collection<JsonNode> enrolments) {
        return enrolments.stream().filter(e -> "WAITLISTED".equals(e.path("status").asString()))
                .map(e -> e.path("waitlistPosition").asInt()).sorted().toList();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    private ReceivedEvent awaitTrainingEvent(String type, String enrollmentId) {
        return events.awaitEvent(type + " of " + enrollmentId, e -> ("isec.training." + type).equals(e.type())
                && enrollmentId.equals(e.data().path("enrollmentId").asString()));
    }

    /** Runs every call at once (a start gate) and returns the answers in the calls' order. */
    private static List<ApiResponse> concurrently(List<Callable<ApiResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all callers ready").isTrue();
            start.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode article(Api reader, String idOrSlug, String lang) {
        ApiResponse answer = reader.get("/api/training/articles/" + idOrSlug + "?lang=" + lang);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.body();
    }

    private static void assertServed(JsonNode article, String requested, String served, boolean fallback) {
        assertThat(article.path("requestedLanguage").asString()).as("requested in %s", article).isEqualTo(requested);
        assertThat(article.path("servedLanguage").asString()).as("served in %s", article).isEqualTo(served);
        assertThat(article.path("fallback").asBoolean()).as("fallback in %s", article).isEqualTo(fallback);
        assertThat(article.path("availableLanguages").values()).extracting(JsonNode::asString)
                .as("available in %s", article).contains(served);
        assertThat(article.path("title").asString("")).as("title in %s", article).isNotBlank();
    }

    private static boolean hasScript(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    private static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    /** A well-formed code that is not {@code code} (the first symbol changed). */
    private static String unknownCode(String code) {
        char swapped = code.charAt(0) == '0' ? '1' : '0';
        return swapped + code.substring(1);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
