package org.isec.systemtest.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.Mail;
import org.isec.systemtest.support.Mailbox;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.PartnerReceiver;
import org.isec.systemtest.support.PartnerReceiver.Delivery;

import tools.jackson.databind.JsonNode;

/**
 * A stream of real work with effects in every notification channel: a buyer publishes commissions that only one
 * supplier matches (a speciality nobody else has), so each commission gives the supplier one inbox entry and one
 * e-mail, and a subscribed partner one webhook delivery. The fault tests break things while it flows, then count.
 */
final class CommissionStream implements AutoCloseable {

    static final String PUBLISHED = "isec.marketplace.CommissionPublished";
    static final String MATCHED_KIND = "supplier-matched";

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String speciality = "fault-speciality-" + tag;
    final Member buyer;
    final Member supplier;
    final PartnerReceiver partner = new PartnerReceiver();
    private final String subscriptionId;
    private final List<String> titles = new ArrayList<>();

    CommissionStream(String buyerName, String supplierName) {
        buyer = Members.approved(Members.profile().legalName(buyerName + " " + tag)
                .atecoCodes("25.11.00").capabilities("metal structures").contact("Giulia", "it").languages("it"));
        supplier = Members.approved(Members.profile().legalName(supplierName + " " + tag)
                .capabilities("catering", "halal food", speciality).contact("Samir", "it"));
        ApiResponse subscribed = Api.asPartner().post("/api/notifications/webhooks",
                Map.of("url", partner.url(), "eventTypes", List.of(PUBLISHED)));
        assertThat(subscribed.status()).as("%s", subscribed).isEqualTo(201);
        subscriptionId = subscribed.body().path("id").asString();
        partner.useSecret(subscribed.body().path("secret").asString());
    }

    /** The commission body every stream step publishes; the title is unique to this stream and step. */
    Map<String, Object> body(int step) {
        return Samples.commission("Fault stream " + tag + " commission " + step, List.of("catering", "halal food", speciality));
    }

    /** Publishes step {@code step}; returns the answer as is (the caller decides what it expects). */
    ApiResponse publish(Api as, int step) {
        Map<String, Object> body = body(step);
        ApiResponse answer = as.post("/api/marketplace/commissions", body);
        if (answer.status() == 201) {
            titles.add((String) body.get("title"));
        }
        return answer;
    }

    /** Titles of the commissions published so far. */
    List<String> titles() {
        return List.copyOf(titles);
    }

    /** The partner's accepted deliveries of this stream's commissions, by commission title (resends included). */
    Map<String, List<Delivery>> webhookDeliveries() {
        return partner.deliveries(e -> PUBLISHED.equals(e.path("type").asString())
                        && titles.contains(e.path("data").path("title").asString())).stream()
                .collect(Collectors.groupingBy(d -> d.event().path("data").path("title").asString()));
    }

    /** The supplier's inbox entries about this stream's commissions, by title. */
    Map<String, List<JsonNode>> inboxEntries() {
        JsonNode items = supplier.api().get("/api/notifications/inbox?size=100").body().path("items");
        List<JsonNode> ours = new ArrayList<>();
        items.values().forEach(item -> {
            if (MATCHED_KIND.equals(item.path("kind").asString()) && titleIn(item.path("title").asString()
                    + " " + item.path("body").asString()) != null) {
                ours.add(item);
            }
        });
        return ours.stream().collect(Collectors.groupingBy(item -> titleIn(item.path("title").asString()
                + " " + item.path("body").asString())));
    }

    /** The supplier's e-mails about this stream's commissions, by title (resends of one delivery included). */
    Map<String, List<Mail>> mails() {
        return Mailbox.of(supplier.user().email()).messages().stream()
                .filter(mail -> titleIn(mail.subject() + " " + mail.body()) != null)
                .collect(Collectors.groupingBy(mail -> titleIn(mail.subject() + " " + mail.body())));
    }

    /** Whether a {@link #tally()} shows every published commission in every channel (a timeout then shows the tally). */
    static boolean nothingLost(Map<String, Long> tally) {
        return tally.get("webhooks lost") == 0 && tally.get("inbox lost") == 0 && tally.get("e-mails lost") == 0;
    }

    /**
     * Lost, duplicate and resent effects per channel for the commissions published so far. A duplicate is a second
     * distinct effect for one commission (a second inbox entry, a second e-mail delivery id, a second webhook id); a
     * resend repeats one delivery with the same id, which SMTP and HTTP cannot rule out when a sender dies between
     * the send and its record of it (Standard Webhooks receivers drop it by {@code webhook-id}, mail by
     * {@code X-ISEC-Delivery-Id}).
     */
    Map<String, Long> tally() {
        int published = titles.size();
        var hooks = webhookDeliveries();
        var inbox = inboxEntries();
        var mails = mails();
        Map<String, Long> tally = new java.util.LinkedHashMap<>();
        tally.put("commissions", (long) published);
        tally.put("webhooks lost", (long) (published - hooks.size()));
        tally.put("webhook duplicates", duplicates(hooks, Delivery::webhookId));
        tally.put("webhook resends", resends(hooks, Delivery::webhookId));
        tally.put("inbox lost", (long) (published - inbox.size()));
        tally.put("inbox duplicates", duplicates(inbox, item -> item.path("id").asString()));
        tally.put("e-mails lost", (long) (published - mails.size()));
        tally.put("e-mail duplicates", duplicates(mails, mail -> mail.header("X-ISEC-Delivery-Id")));
        tally.put("e-mail resends", resends(mails, mail -> mail.header("X-ISEC-Delivery-Id")));
        return tally;
    }

    /** Asserts nothing lost and nothing duplicated in any channel; returns the tally for the proof page. */
    Map<String, Long> assertExactlyOnce() {
        Map<String, Long> tally = tally();
        assertThat(tally).as("effects of %d commissions", titles.size())
                .containsEntry("webhooks lost", 0L).containsEntry("webhook duplicates", 0L)
                .containsEntry("inbox lost", 0L).containsEntry("inbox duplicates", 0L)
                .containsEntry("e-mails lost", 0L).containsEntry("e-mail duplicates", 0L);
        return tally;
    }

    /** How many effects a channel shows more than once, counting one per distinct id (a resend of one id is not). */
    static <T> long duplicates(Map<String, List<T>> byTitle, Function<T, String> id) {
        return byTitle.values().stream().mapToLong(effects -> distinct(effects, id) - 1).sum();
    }

    /** How many resends of one and the same delivery (same id) the channel received: at-least-once over HTTP/SMTP. */
    static <T> long resends(Map<String, List<T>> byTitle, Function<T, String> id) {
        return byTitle.values().stream().mapToLong(effects -> effects.size() - distinct(effects, id)).sum();
    }

    private static <T> long distinct(Collection<T> effects, Function<T, String> id) {
        Set<String> ids = effects.stream().map(id).collect(Collectors.toSet());
        return ids.size();
    }

    /** The longest title of this stream that the text contains ("... 1" is also a prefix of "... 12"). */
    private String titleIn(String text) {
        String found = null;
        for (String title : titles) {
            if (text.contains(title) && (found == null || title.length() > found.length())) {
                found = title;
            }
        }
        return found;
    }

    @Override
    public void close() {
        Api.asPartner().delete("/api/notifications/webhooks/" + subscriptionId);
        partner.close();
    }
}
