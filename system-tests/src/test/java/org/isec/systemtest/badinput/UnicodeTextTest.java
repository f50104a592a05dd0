package org.isec.systemtest.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Expect.ok;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Issue 8.4's Unicode edge cases are valid input, and the platform's users write in them: an Arabic (right-to-left)
 * legal name with an Italian legal form, emoji with skin tones, ZWJ sequences and flags, Chinese, and accents typed
 * as a letter plus a combining mark. Through the gateway (capability tags in lower case, as every tag) each is stored and answered exactly as sent, except that
 * text is kept in Unicode NFC — a decomposed "Città" comes back precomposed — and searches find it whichever way
 * the searcher typed it. (NUL, other control characters and lone surrogates are refused: FieldValueSweepTest.)
 */
@SystemTest
class UnicodeTextTest {

    private static final String ARABIC = "\u0645\u0637\u0628\u062e \u0627\u0644\u0646\u064a\u0644"; // مطبخ النيل
    private static final String EMOJI = "\ud83c\udf72\ud83c\uddee\ud83c\uddf9 \ud83d\udc69\ud83c\udffd\u200d\ud83c\udf73"; // 🍲🇮🇹 👩🏽‍🍳
    private static final String CHINESE = "\u7c73\u5170\u9910\u996e"; // 米兰餐饮
    private static final String DECOMPOSED = "citta\u0300 del caffe\u0300";
    private static final String PRECOMPOSED = "citt\u00e0 del caff\u00e8";

    @Test
    void textInEveryScriptIsKeptAsSentInNfcAndFoundWhicheverWayItIsTyped() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String legalName = ARABIC + " " + tag + " S.r.l.";
        String capability = "\u0637\u0628\u062e \u062d\u0644\u0627\u0644 " + tag; // طبخ حلال
        String accented = DECOMPOSED + " " + tag;
        Member member = Members.approved(Members.profile().legalName(legalName)
                .capabilities(capability, EMOJI + " catering", accented).contact("Zoe\u0308", "ar"));
        Map<String, Integer> checks = new LinkedHashMap<>();

        JsonNode profile = ok(member.api().get("/api/membership/members/me")).path("organization");
        assertThat(profile.path("legalName").asString()).as("the right-to-left legal name").isEqualTo(legalName);
        assertThat(profile.path("capabilities").values()).extracting(JsonNode::asString)
                .as("capabilities in Arabic, with emoji, and with combining accents (stored precomposed)")
                .containsExactly(capability, EMOJI + " catering", PRECOMPOSED + " " + tag);
        checks.put("profile fields answered as sent (NFC)", 4);

        Api operator = Api.as("operator");
        for (String typed : List.of(capability, DECOMPOSED + " " + tag, PRECOMPOSED + " " + tag)) {
            JsonNode found = ok(operator.get("/api/membership/members?capability=" + encode(typed)));
            assertThat(found.path("items").values()).extracting(item -> item.path("memberId").asString())
                    .as("directory search for %s", typed).containsExactly(member.memberId());
        }
        checks.put("directory searches (Arabic, decomposed, precomposed) finding the member", 3);

        String title = EMOJI + " " + CHINESE + " " + tag;
        Map<String, Object> commission = new LinkedHashMap<>(Samples.commission(title, List.of("catering")));
        commission.put("description", ARABIC + " \u2014 " + DECOMPOSED + " \u2014 " + EMOJI);
        ApiResponse published = member.api().post("/api/marketplace/commissions", commission);
        assertThat(published.status()).as("%s", published).isEqualTo(201);
        JsonNode stored = ok(member.api().get("/api/marketplace/commissions/" + published.body().path("id").asString()));
        assertThat(stored.path("title").asString()).isEqualTo(title);
        assertThat(stored.path("description").asString()).isEqualTo(ARABIC + " \u2014 " + PRECOMPOSED + " \u2014 " + EMOJI);
        JsonNode search = ok(member.api().get("/api/marketplace/commissions?q=" + encode(CHINESE + " " + tag)));
        assertThat(search.path("items").values()).extracting(item -> item.path("title").asString())
                .as("commission search in Chinese").containsExactly(title);
        checks.put("commission fields answered as sent (NFC) and found in Chinese", 3);

        ApiResponse asked = member.api().post("/api/advisory/requests", Map.of("area", "MARKETING",
                "description", ARABIC + "\n" + EMOJI + "\n" + DECOMPOSED, "preferredLanguage", "ar"));
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        JsonNode advisoryCase = ok(member.api().get("/api/advisory/requests/" + asked.body().path("id").asString()));
        assertThat(advisoryCase.path("description").asString()).isEqualTo(ARABIC + "\n" + EMOJI + "\n" + PRECOMPOSED);
        checks.put("advisory request answered as sent (NFC)", 1);

        ProofLog.record("bad-input", "Unicode edge cases as valid text: right-to-left Arabic, emoji (skin tone, ZWJ, flags), "
                        + "Chinese, combining accents; stored, answered and searched through the gateway",
                checks.values().stream().mapToInt(Integer::intValue).sum(),
                "kept as sent in NFC, found whichever way typed", Map.of("5xx", 0, "altered", 0));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
