package org.isec.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;

/**
 * MongoDB operator and regular-expression injection through the search filters: every text a filter takes is
 * matched as literal text, so {@code .*} finds only what literally contains ".*" (nothing), a JSON operator is a
 * string (or refused as an invalid value, 400/422, where the filter takes a code), bracket parameters ({@code q[$ne]=}) bind to nothing, and a catastrophic-backtracking pattern costs
 * nothing. Bodies carrying operators are in the malformed-body sweep.
 */
@SystemTest
class QueryInjectionTest {

    /** Searchable collections and their text filters, each of which holds data in any run (the test adds some). */
    private static final Map<String, List<String>> FILTERS = Map.of(
            "/api/marketplace/commissions", List.of("q", "capability", "region", "category"),
            "/api/membership/members", List.of("capability", "sector", "region", "province", "language"),
            "/api/training/articles", List.of("q", "category"),
            "/api/training/courses", List.of("topic", "language", "format"));
    private static final List<String> INJECTIONS = List.of(".*", "^", "{\"$gt\": \"\"}", "{\"$ne\": null}",
            "'; return true; var x='", "(a+)+$", "\\", "[", "]", "{\"$where\": \"sleep(1)\"}");

    @Test
    void everyTextFilterMatchesLiterallyAndOperatorsBindToNothing() {
        Members.approved(Members.profile().legalName("Injection Probe Ristorazione"));
        Api operator = Api.as("operator");
        List<String> findings = new ArrayList<>();
        int tried = 0;
        int fiveHundreds = 0;
        for (var collection : FILTERS.entrySet()) {
            String path = collection.getKey();
            long all = total(get(operator, path + "?size=1"));
            assertThat(all).as("%s holds data to leak", path).isPositive();
            for (String filter : collection.getValue()) {
                for (String injection : INJECTIONS) {
                    ApiResponse answer = get(operator, path + "?size=100&" + filter + "=" + encode(injection));
                    tried++;
                    if (answer.status() >= 500) {
                        fiveHundreds++;
                    }
                    boolean refused = (answer.status() == 400 || answer.status() == 422)
                            && answer.contentType().startsWith("application/problem+json");
                    if (answer.status() == 200 ? total(answer) != 0 : !refused) {
                        findings.add(path + "?" + filter + "=" + injection + " → " + answer.status() + " with "
                                + (answer.status() == 200 ? total(answer) + " of " + all : answer.text()));
                    }
                }
                // Bracket syntax some frameworks turn into operators: here it names no parameter at all.
                ApiResponse bracket = get(operator, path + "?size=1&" + encode(filter + "[$ne]") + "=x");
                tried++;
                if (bracket.status() != 200 || total(bracket) != all) {
                    findings.add(path + "?" + filter + "[$ne]=x → " + bracket.status());
                }
            }
        }
        Map<String, Number> counts = new LinkedHashMap<>();
        counts.put("5xx", fiveHundreds);
        counts.put("filters matched as patterns", findings.size());
        ProofLog.record("security", "Mongo operator / regex injection in every search filter", tried,
                findings.isEmpty() ? "literal matches only; nothing leaked, no 5xx" : "findings: " + findings.size(), counts);
        assertThat(findings).as("filters that did not match literally (of %d tried)", tried).isEmpty();
    }

    /** A 429 from the gateway's rate limit is waited out: it would say nothing about the filter. */
    private static ApiResponse get(Api caller, String path) {
        return Api.pastRateLimit("GET " + path, () -> caller.get(path));
    }

    private static long total(ApiResponse page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return page.body().path("totalItems").asLong();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
