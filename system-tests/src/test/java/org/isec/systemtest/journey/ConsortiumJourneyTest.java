package org.isec.systemtest.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Expect.created;
import static org.isec.systemtest.support.PartnerReceiver.event;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.isec.contracts.JsonSchemas;
import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.EventTap;
import org.isec.systemtest.support.Mail;
import org.isec.systemtest.support.Mailbox;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.PartnerReceiver;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.ReceivedEvent;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The consortium's whole story, told once through the gateway with real tokens, real Kafka, real e-mail
 * and a real partner endpoint (issue 8, part 1): two entrepreneurs join, one buys from the other (with a
 * joint bid), they review each other, one gets advice and a business plan, takes the ethics course, and
 * at every step the people concerned are told — by e-mail in their language, in their inbox, and the
 * subscribed partner by signed webhook.
 */
@SystemTest
class ConsortiumJourneyTest {


    private EventTap events;
    private PartnerReceiver partner;
    private String subscriptionId;
    private int steps;

    @BeforeEach
    void partnerSubscribes() {
        events = EventTap.open();
        partner = new PartnerReceiver();
        ApiResponse subscribed = Api.asPartner().post("/api/notifications/webhooks", Map.of("url", partner.url(),
                "eventTypes", List.of("isec.membership.MemberApproved", "isec.marketplace.CommissionPublished",
                        "isec.marketplace.CommissionAwarded", "isec.marketplace.CommissionCompleted",
                        "isec.training.CertificateIssued")));
        assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
        subscriptionId = subscribed.body().path("id").asString();
        partner.useSecret(subscribed.body().path("secret").asString());
    }

    @AfterEach
    void partnerUnsubscribes() {
        if (subscriptionId != null) {
            Api.asPartner().delete("/api/notifications/webhooks/" + subscriptionId);
        }
        partner.close();
        events.close();
    }

    @Test
    void twoEntrepreneursJoinTradeGetAdviceAndTrainingAndAreToldAtEveryStep() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String speciality = "egyptian street food " + tag;

        // 1. Two entrepreneurs join: an immigrant-founded caterer writing in Arabic, a local event agency in Italian.
        Member amina = Members.approved(Members.profile().legalName("Sapori del Nilo " + tag + " S.r.l.")
                .contact("Amina", "ar").languages("it", "ar", "en").province("MI", "Milano")
                .capabilities("catering", "halal food", speciality));
        Member marco = Members.approved(Members.profile().legalName("Eventi Brianza " + tag + " S.r.l.")
                .atecoCodes("82.30.00").contact("Marco", "it").languages("it", "en").province("MB", "Monza")
                .capabilities("event services", "venue booking"));
        Member li = Members.approved(Members.profile().legalName("Li Servizi " + tag + " S.r.l.")
                .atecoCodes("56.21.00").contact("Li", "zh").languages("it", "zh").province("MI", "Milano")
                .capabilities("service staff", "catering"));
        step();
        for (Member member : List.of(amina, marco, li)) {
            ReceivedEvent approved = events.awaitEvent("isec.membership.MemberApproved", member.memberId());
            assertThat(JsonSchemas.validate(approved.type(), 1, approved.value())).isEmpty();
            var delivered = partner.await("MemberApproved of " + member.legalName(), event("isec.membership.MemberApproved", member.memberId()));
            assertThat(delivered.signatureValid()).as("signature of %s", delivered).isTrue();
            assertThat(delivered.body()).as("partner view has no personal data").doesNotContain(member.user().email());
        }
        Mail welcome = Mailbox.of(amina.user().email()).awaitMessage("welcome in Arabic", m -> m.subject().contains("أهلًا بكم"));
        assertThat(welcome.subject()).contains(amina.legalName());
        assertThat(welcome.header("Content-Language")).isEqualTo("ar");
        Mail benvenuto = Mailbox.of(marco.user().email()).awaitMessage("welcome in Italian", m -> m.subject().contains(marco.legalName()));
        assertThat(benvenuto.header("Content-Language")).isEqualTo("it");
        // Joining meant accepting the charter in force; the profile says which version.
        assertThat(amina.api().get("/api/membership/members/me").body().path("charter").path("version").asString())
                .isEqualTo(Members.charterVersion());

        // 2. Marco publishes a commission; matching proposes Amina, with its reasons.
        String title = "Halal buffet for the Monza open day " + tag;
        ApiResponse published = marco.api().post("/api/marketplace/commissions", Map.of(
                "title", title,
                "description", "Lunch buffet for 80 guests, halal and vegetarian options, service staff included.",
                "category", "56.21", "requiredCapabilities", List.of("catering", "halal food", speciality),
                "region", "Lombardia", "province", "MB",
                "budget", Map.of("min", 2000, "max", 3500, "currency", "EUR"),
                "bidDeadline", LocalDate.now().plusDays(10) + "T18:00:00+01:00",
                "languages", List.of("it", "en"), "visibility", "MEMBERS"));
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        String commission = published.body().path("id").asString();
        step();
        ReceivedEvent matched = events.awaitEvent("isec.marketplace.SuppliersMatched", commission);
        assertThat(JsonSchemas.validate(matched.type(), 1, matched.value())).isEmpty();
        assertThat(matched.data().path("matches").path(0).path("memberId").asString()).isEqualTo(amina.memberId());
        JsonNode best = marco.api().get("/api/marketplace/commissions/" + commission + "/matches").body().path(0);
        assertThat(best.path("memberId").asString()).isEqualTo(amina.memberId());
        assertThat(best.path("criteria").findValuesAsString("detail")).anySatisfy(detail -> assertThat(detail).contains(speciality));
        Mailbox.of(amina.user().email()).awaitMessage("the match, in Arabic", m -> m.subject().contains(title));
        awaitInbox(amina, "supplier-matched");
        partner.await("CommissionPublished", event("isec.marketplace.CommissionPublished", commission));

        // 3. Amina bids jointly with Li (kitchen and staff); the bid counts once Li confirms. Sealed: Li sees only it.
        ApiResponse joint = amina.api().post("/api/marketplace/commissions/" + commission + "/bids", Map.of(
                "price", 3100, "currency", "EUR", "deliveryDays", 9, "message", "Kitchen by Sapori del Nilo, staff by Li.",
                "leadShare", 70, "partners", List.of(Map.of("memberId", li.memberId(), "share", 30))));
        assertThat(joint.status()).as("%s", joint).isEqualTo(201);
        assertThat(joint.body().path("status").asString()).isEqualTo("AWAITING_PARTNERS");
        String bid = joint.body().path("id").asString();
        ApiResponse confirmed = li.api().post("/api/marketplace/commissions/" + commission + "/bids/" + bid + "/confirm", Map.of());
        assertThat(confirmed.body().path("status").asString()).as("%s", confirmed).isEqualTo("LIVE");
        events.awaitEvent("BidSubmitted for the joint bid", e -> e.type().equals("isec.marketplace.BidSubmitted")
                && commission.equals(e.subject()));
        assertThat(marco.api().get("/api/marketplace/commissions/" + commission + "/bids").body().findValuesAsString("id"))
                .containsExactly(bid);
        step();

        // 4. Award with a reason, completion on time, reviews both ways, reputation.
        assertThat(marco.api().post("/api/marketplace/commissions/" + commission + "/close", Map.of()).status()).isEqualTo(200);
        ApiResponse awarded = marco.api().post("/api/marketplace/commissions/" + commission + "/award",
                Map.of("bidId", bid, "reason", "Halal kitchen and own staff; within budget"));
        assertThat(awarded.body().path("status").asString()).as("%s", awarded).isEqualTo("AWARDED");
        ReceivedEvent award = events.awaitEvent("isec.marketplace.CommissionAwarded", commission);
        assertThat(JsonSchemas.validate(award.type(), 1, award.value())).isEmpty();
        assertThat(award.data().path("winnerMemberId").asString()).isEqualTo(amina.memberId());
        partner.await("CommissionAwarded", event("isec.marketplace.CommissionAwarded", commission));
        Mailbox.of(amina.user().email()).awaitMessage("the award, in Arabic", m -> m.subject().startsWith("تمت ترسية الطلبية عليكم"));
        Mailbox.of(li.user().email()).awaitMessage("the award to the partner", m -> m.subject().contains(title));
        awaitInbox(amina, "commission-won");
        ApiResponse completed = marco.api().post("/api/marketplace/commissions/" + commission + "/complete", Map.of("onTime", true));
        assertThat(completed.body().path("status").asString()).as("%s", completed).isEqualTo("COMPLETED");
        partner.await("CommissionCompleted", event("isec.marketplace.CommissionCompleted", commission));
        // A joint bid has two suppliers: the buyer names which one it reviews.
        created(marco.api().post("/api/marketplace/commissions/" + commission + "/reviews",
                Map.of("rating", 5, "comment", "Delicious and on time", "revieweeId", amina.memberId())));
        created(amina.api().post("/api/marketplace/commissions/" + commission + "/reviews",
                Map.of("rating", 4, "comment", "Clear brief, paid on time")));
        awaitInbox(amina, "review-received");
        await("Amina's reputation").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode reputation = li.api().get("/api/marketplace/members/" + amina.memberId() + "/reputation").body();
            assertThat(reputation.path("reviewCount").asInt()).isEqualTo(1);
            assertThat(reputation.path("averageRating").asDouble()).isEqualTo(5.0);
            assertThat(reputation.path("deliveries").asInt()).isEqualTo(1);
            assertThat(reputation.path("onTimeRate").asDouble()).isEqualTo(1.0);
        });
        step();

        // 5. Advice: Amina asks for help with a bank loan in Arabic; the operator assigns an Arabic-speaking advisor.
        User advisor = Users.create("Advisor");
        Users.grantRealmRole(advisor, "advisor");
        assertThat(Api.as("operator").put("/api/advisory/advisors/" + advisor.id(), Map.of(
                "displayName", "Karim " + tag, "email", advisor.email(), "areas", List.of("FINANCIAL", "FUNDING"),
                "languages", List.of("ar", "fr", "it"), "maxOpenCases", 5)).status()).isEqualTo(200);
        ApiResponse requested = amina.api().post("/api/advisory/requests", Map.of("area", "FINANCIAL",
                "description", "نحتاج إلى قرض مصرفي لفتح متجر ثانٍ", "preferredLanguage", "ar"));
        assertThat(requested.status()).as("%s", requested).isEqualTo(201);
        String advisoryCase = requested.body().path("id").asString();
        JsonNode suggestions = Api.as("operator").get("/api/advisory/requests/" + advisoryCase + "/suggestions").body();
        assertThat(suggestions.findValuesAsString("advisorId")).contains(advisor.id());
        ApiResponse assigned = Api.as("operator").post("/api/advisory/requests/" + advisoryCase + "/assign",
                Map.of("advisorId", advisor.id(), "reason", "speaks Arabic, knows bank loans"));
        assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
        awaitInbox(amina, "advisor-assigned");
        Mailbox.of(advisor.email()).awaitMessage("the new case for the advisor", m -> true);
        LocalDate day = LocalDate.now().plusDays(30 + ThreadLocalRandom.current().nextInt(300));
        ApiResponse session = advisor.api().post("/api/advisory/requests/" + advisoryCase + "/sessions", Map.of(
                "start", day + "T10:00", "end", day + "T11:30", "mode", "VIDEO", "location", "https://meet.example/isec-" + tag));
        assertThat(session.status()).as("%s", session).isEqualTo(201);
        events.awaitEvent("isec.advisory.AdvisorySessionScheduled", advisoryCase);
        awaitInbox(amina, "advisory-session");
        step();

        // 6. The business plan: drafted, finalised, downloaded as PDF with the numbers in it.
        ApiResponse plan = amina.api().post("/api/advisory/business-plans", Samples.businessPlan(tag));
        assertThat(plan.status()).as("%s", plan).isEqualTo(201);
        String planId = plan.body().path("id").asString();
        assertThat(amina.api().post("/api/advisory/business-plans/" + planId + "/finalize", Map.of()).status()).isEqualTo(200);
        events.awaitEvent("BusinessPlanFinalized", e -> e.type().equals("isec.advisory.BusinessPlanFinalized") && planId.equals(e.subject()));
        Api.Download pdf = amina.api().download("/api/advisory/business-plans/" + planId + "/pdf?lang=it");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(textOf(pdf.body())).contains("Sapori del Nilo " + tag, "Event buffets");
        assertThat(marco.api().get("/api/advisory/business-plans/" + planId).status())
                .as("another member never sees the plan").isEqualTo(404);
        assertThat(amina.api().post("/api/advisory/requests/" + advisoryCase + "/close",
                Map.of("outcome", "Loan application ready for the bank", "satisfaction", 5)).status()).isEqualTo(200);
        awaitInbox(amina, "advisory-case-closed");
        step();

        // 7. Training: the ethics course, completed, its certificate verified by anyone, recorded on the profile.
        ApiResponse enrolled = amina.api().post("/api/training/courses/" + Samples.ETHICS_COURSE + "/enrollments", Map.of());
        assertThat(enrolled.status()).as("%s", enrolled).isEqualTo(201);
        assertThat(enrolled.body().path("status").asString()).isEqualTo("CONFIRMED");
        ApiResponse certificate = Api.as("trainer").post("/api/training/enrollments/" + enrolled.body().path("id").asString()
                + "/complete", Map.of("language", "en"));
        assertThat(certificate.status()).as("%s", certificate).isEqualTo(200);
        String code = certificate.body().path("verificationCode").asString();
        JsonNode verified = Api.anonymous().get("/api/training/certificates/" + code).body();
        assertThat(verified.path("valid").asBoolean()).isTrue();
        assertThat(verified.path("holder").path("organisation").asString()).isEqualTo(amina.legalName());
        assertThat(textOf(Api.anonymous().download("/api/training/certificates/" + code + "/pdf").body())).contains(code);
        partner.await("CertificateIssued", e -> "isec.training.CertificateIssued".equals(e.path("type").asString())
                && code.equals(e.path("data").path("verificationCode").asString()));
        await("the ethics course on Amina's profile").atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(amina.api().get("/api/membership/members/me").body().path("ethicsTrainings").size()).isEqualTo(1));
        step();

        // 8. Every notification was sent once: no twin e-mails, inbox entries or webhook deliveries.
        List<Mail> aminaMail = Mailbox.of(amina.user().email()).messages();
        assertThat(aminaMail).extracting(Mail::subject).doesNotHaveDuplicates();
        JsonNode inbox = amina.api().get("/api/notifications/inbox?size=100").body().path("items");
        assertThat(inbox.findValuesAsString("id")).doesNotHaveDuplicates();
        for (Predicate<JsonNode> delivery : List.of(event("isec.membership.MemberApproved", amina.memberId()),
                event("isec.marketplace.CommissionAwarded", commission), event("isec.marketplace.CommissionCompleted", commission))) {
            assertThat(partner.deliveries(delivery)).hasSize(1).allSatisfy(d -> assertThat(d.signatureValid()).isTrue());
        }
        ProofLog.record("journey", "Join, trade with a joint bid, review, advice with a business plan, ethics course", steps,
                "every step answered and every party told once", Map.of(
                        "e-mails to the supplier", aminaMail.size(),
                        "inbox entries of the supplier", inbox.size(),
                        "webhook deliveries", partner.deliveries(e -> true).size()));
        assertThat(Tokens.claims(amina.user().token()).path("org_id").asString()).isEqualTo(amina.memberId());
    }

    private void step() {
        steps++;
    }

    /** Waits until the member's inbox (through the gateway) has an entry of this kind. */
    private static void awaitInbox(Member member, String kind) {
        await(kind + " in the inbox of " + member.legalName()).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> member.api().get("/api/notifications/inbox?size=100").body().path("items")
                        .findValuesAsString("kind").contains(kind));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

}
