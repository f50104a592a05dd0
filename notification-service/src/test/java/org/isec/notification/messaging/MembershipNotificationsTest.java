package org.isec.notification.messaging;

import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MembershipApplied;
import org.isec.contracts.membership.MembershipRejected;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MembershipNotificationsTest extends IntegrationTest {

    @Test
    void welcomeReachesTheContactInArabicAndTheOrganisationsInbox() throws Exception {
        String memberId = id();
        String userId = id();
        String email = address("amina");
        events.publish(new MemberApproved(memberId, id(), userId, profile("Sapori del Nilo"),
                new ContactPerson("Amina", email, "ar"), "2026.1", Instant.now()));

        eventually().until(() -> Smtp.messagesTo(email).size() == 1);
        MimeMessage mail = Smtp.messagesTo(email).getFirst();
        assertThat(mail.getSubject()).contains("أهلًا بكم في I.S.E.C.").contains("Sapori del Nilo");
        assertThat(mail.getHeader("Content-Language")).containsExactly("ar");
        assertThat(html(mail)).contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("مرحبًا Amina،");
        assertThat(text(mail)).contains("Sapori del Nilo").contains("2026.1").doesNotContain("${");

        JsonNode inbox = read(mvc.perform(get("/api/notifications/inbox").with(member(id(), memberId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(inbox.get("unread").asInt()).isEqualTo(1);
        JsonNode item = inbox.get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("member-welcome");
        assertThat(item.get("language").asString()).isEqualTo("ar");
        assertThat(item.get("essential").asBoolean()).isTrue();
        assertThat(item.get("title").asString()).contains("Sapori del Nilo");
    }

    @Test
    void everyOperatorSeesANewApplicationAndTheOperatorMailboxesAndApplicantAreWritten() throws Exception {
        String applicant = id();
        String applicantEmail = address("marco");
        String applicationId = id();
        events.publish(new MembershipApplied(applicationId, applicant, profile("Bottega Marco"),
                new ContactPerson("Marco", applicantEmail, "es"), "2026.1", Instant.now()));

        eventually().until(() -> Smtp.messagesTo(applicantEmail).size() == 1
                && Smtp.messagesTo("ops-one@isec.example").stream().anyMatch(m -> subject(m).contains("Bottega Marco"))
                && Smtp.messagesTo("ops-two@isec.example").stream().anyMatch(m -> subject(m).contains("Bottega Marco")));
        assertThat(Smtp.messagesTo(applicantEmail).getFirst().getSubject())
                .isEqualTo("Hemos recibido la solicitud de adhesión de Bottega Marco");
        assertThat(Smtp.messagesTo("ops-one@isec.example").stream().filter(m -> subject(m).contains("Bottega Marco"))
                .findFirst().orElseThrow().getSubject()).isEqualTo("Nuova domanda di adesione: Bottega Marco");

        String firstOperator = id();
        String secondOperator = id();
        String entryId = operatorEntry(firstOperator, applicationId).get("id").asString();
        mvc.perform(post("/api/notifications/inbox/{id}/read", entryId).with(operator(firstOperator)))
                .andExpect(status().isNoContent());

        assertThat(operatorEntry(firstOperator, applicationId).get("read").asBoolean()).isTrue();
        assertThat(operatorEntry(secondOperator, applicationId).get("read").asBoolean()).isFalse();
        // The applicant is not a member yet and is not an operator: the operators' entry is not theirs to read.
        mvc.perform(post("/api/notifications/inbox/{id}/read", entryId).with(user(applicant)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRejectedApplicantIsToldTheReasonInTheirLanguage() {
        String email = address("li");
        events.publish(new MembershipRejected(id(), id(), "Li Trading S.r.l.", "Visura camerale mancante.",
                new ContactPerson("Li", email, "zh"), Instant.now()));

        eventually().until(() -> Smtp.messagesTo(email).size() == 1);
        MimeMessage mail = Smtp.messagesTo(email).getFirst();
        assertThat(subject(mail)).isEqualTo("关于 Li Trading S.r.l. 入会申请的决定");
        assertThat(text(mail)).contains("原因：Visura camerale mancante.").startsWith("Li，您好：");
    }

    @Test
    void aSuspensionReachesTheMembersContactWithTheReasonInWords() {
        Org org = approvedMember("fr");
        events.publish(new MemberSuspended(org.memberId(), MemberSuspended.CHARTER_NOT_ACCEPTED,
                "La charte 2026.2 n'a pas été acceptée.", null, Instant.now()));

        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 2);
        MimeMessage mail = Smtp.messagesTo(org.email()).get(1);
        assertThat(subject(mail)).isEqualTo("Votre adhésion à I.S.E.C. est suspendue");
        assertThat(text(mail)).contains("la nouvelle version de la charte éthique n'a pas été acceptée dans les délais")
                .contains("La charte 2026.2 n'a pas été acceptée.");
    }

    private JsonNode operatorEntry(String operatorId, String applicationId) throws Exception {
        JsonNode inbox = read(mvc.perform(get("/api/notifications/inbox?size=100").with(operator(operatorId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        for (JsonNode item : inbox.get("items")) {
            if (item.get("kind").asString().equals("operator-new-application")
                    && item.get("body").asString().contains("Bottega Marco")) {
                return item;
            }
        }
        throw new AssertionError("no operator entry for " + applicationId + " in " + inbox);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) {
        try {
            return find(message.getContent(), type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

}
