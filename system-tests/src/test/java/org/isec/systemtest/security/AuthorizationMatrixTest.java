package org.isec.systemtest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.systemtest.support.Expect.created;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.isec.systemtest.support.AccessPolicy;
import org.isec.systemtest.support.AccessPolicy.Rule;
import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.MinimalBodies;
import org.isec.systemtest.support.OpenApi;
import org.isec.systemtest.support.OpenApi.Operation;
import org.isec.systemtest.support.PartnerReceiver;
import org.isec.systemtest.support.ProofLog;
import org.isec.systemtest.support.Samples;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 8.3: every operation of every service's OpenAPI document × every kind of caller × own and someone else's
 * object, against {@code access-policy.tsv} (who passes each operation's role gate, and which object only its
 * owner may use). An operation missing from the policy fails the test, so a new endpoint cannot go unchecked.
 * <ul>
 *   <li>A caller the policy does not let in, using real objects of a member: refused — 401 without a token, else
 *       403 or 404, or 400 when the body is refused first (Spring binds and validates a body before method security
 *       runs); how many, is recorded.</li>
 *   <li>A second member (user, advisor, partner) trying the owner's object: 403 or 404 (or 400 as above).</li>
 *   <li>A caller the policy lets in: never 401/403 — on its own object where the operation has an owner, on an
 *       unknown id otherwise (404 is the expected answer; nothing real is changed).</li>
 * </ul>
 * Any 5xx is a finding too. A caller who must be refused sends the smallest body the schema accepts
 * ({@link MinimalBodies}), so its refusal comes from the role or owner check, not from validation; a permitted
 * caller sends the empty object, which validation refuses, so nothing real changes. Publishing a charter is never
 * sent by a permitted caller, so that no member has to re-accept.
 */
@SystemTest
class AuthorizationMatrixTest {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationMatrixTest.class);
    private static final List<String> CALLERS = AccessPolicy.CALLERS;
    private static final Pattern PLACEHOLDER = Pattern.compile("([^/]+)/\\{([^}]+)}");
    /** Publishing a charter obliges every member to re-accept: not sent even with an empty body. */
    private static final Set<String> NOT_SENT = Set.of("POST /api/membership/charter");
    private static final String VALIDATION_FIRST = "refused at validation";

    /** The objects of the run: owned by member one (a bid by member two), tried by member three. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private Member one;
    private Member two;
    private Member three;
    private User applicant;
    private User otherUser;
    private Api otherAdvisor;
    private Api otherPartner;

    @Test
    void everyOperationLetsInWhomThePolicySaysAndNobodyElse() {
        Map<String, Rule> policy = AccessPolicy.load();
        List<Operation> operations = OpenApi.operations();
        Set<String> documented = new TreeSet<>();
        operations.forEach(operation -> documented.add(operation.method() + " " + operation.path()));
        assertThat(documented).as("operations without a rule in access-policy.tsv").isSubsetOf(policy.keySet());
        assertThat(policy.keySet()).as("rules for operations no document has").isSubsetOf(documented);

        createObjects();
        List<String> findings = new ArrayList<>();
        Map<String, Integer> tried = new LinkedHashMap<>();
        // Refusals first, while every object is as created; then the permitted calls, which may change them.
        for (Operation operation : operations) {
            Rule rule = policy.get(operation.method() + " " + operation.path());
            for (String caller : CALLERS) {
                if (!rule.callers().contains(caller)) {
                    ApiResponse answer = callToBeRefused(operation, as(caller, rule), realIds(operation), rule);
                    count(tried, "not let in");
                    countValidationFirst(tried, operation, answer);
                    if (!(caller.equals("anonymous") ? answer.status() == 401 : refused(operation, answer))) {
                        findings.add("not let in: " + caller + " " + operation + " → " + brief(answer));
                    }
                }
            }
        }
        for (Operation operation : operations) {
            Rule rule = policy.get(operation.method() + " " + operation.path());
            Api other = otherOwner(rule);
            if (other != null) {
                ApiResponse answer = callToBeRefused(operation, other, realIds(operation), rule);
                count(tried, "someone else's object");
                countValidationFirst(tried, operation, answer);
                if (!refused(operation, answer)) {
                    findings.add("someone else's " + rule.owner() + ": " + operation + " → " + brief(answer));
                }
            }
        }
        for (Operation operation : operations) {
            Rule rule = policy.get(operation.method() + " " + operation.path());
            if (NOT_SENT.contains(rule.key())) {
                continue;
            }
            for (String caller : CALLERS) {
                if (rule.callers().contains(caller)) {
                    boolean owner = ownerRole(rule).equals(caller);
                    ApiResponse answer = call(operation, as(caller, rule), owner ? realIds(operation) : unknownIds(operation, caller),
                            emptyBody(operation));
                    count(tried, "let in");
                    if (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500) {
                        findings.add("let in: " + caller + " " + operation + " → " + brief(answer));
                    }
                }
            }
        }

        int validationFirst = tried.getOrDefault(VALIDATION_FIRST, 0);
        tried.remove(VALIDATION_FIRST);
        int total = tried.values().stream().mapToInt(Integer::intValue).sum();
        log.info("authorisation matrix: {} operations, {} calls {}, {} refused at validation, {} findings",
                operations.size(), total, tried, validationFirst, findings.size());
        for (var entry : tried.entrySet()) {
            ProofLog.record("security", "Authorisation matrix (" + operations.size() + " operations × 7 kinds of caller): "
                            + entry.getKey(), entry.getValue(),
                    findings.isEmpty() ? "as the policy says, every time" : "findings: " + findings.size(),
                    Map.of("findings", findings.size()));
        }
        // Honest about what an empty body proves: a refusal at validation did not reach the role or owner check.
        ProofLog.record("security", "Authorisation matrix: refusals of the smallest schema-valid body that still came from "
                + "input validation, before the role or owner check (module tests cover those with fully valid bodies)",
                validationFirst, "400, nothing done", Map.of("findings", 0));
        assertThat(findings).as("calls not answered as access-policy.tsv says (of %d)", total).isEmpty();
    }

    // --- the objects every call uses ---------------------------------------------------------------------------

    private void createObjects() {
        one = Members.approved(Members.profile().legalName("Matrix Uno Catering"));
        two = Members.approved(Members.profile().legalName("Matrix Due Catering"));
        three = Members.approved(Members.profile().legalName("Matrix Tre Catering"));
        applicant = Users.create("matrixapplicant");
        ids.put("applications", Members.apply(applicant, Members.profile().legalName("Matrix Candidata"), Members.randomVat()));
        otherUser = Users.create("matrixother");
        User advisor2 = Users.create("matrixadvisor");
        Users.grantRealmRole(advisor2, "advisor");
        otherAdvisor = advisor2.api();
        otherPartner = Api.withToken(Users.newPartnerToken("matrixpartner"));

        ids.put("members", one.memberId());
        ids.put("versions", Members.charterVersion());
        ids.put("commissions", created(one.api().post("/api/marketplace/commissions",
                Samples.commission("Matrix commission " + one.memberId(), List.of("catering")))));
        ids.put("bids", created(two.api().post("/api/marketplace/commissions/" + ids.get("commissions") + "/bids",
                Map.of("price", 1200, "currency", "EUR", "deliveryDays", 10, "message", "Matrix bid."))));
        ids.put("requests", created(one.api().post("/api/advisory/requests", Map.of("area", "FINANCIAL",
                "description", "Un prestito per il secondo punto vendita.", "preferredLanguage", "it"))));
        ids.put("business-plans", created(one.api().post("/api/advisory/business-plans", Samples.businessPlan("matrix"))));
        ids.put("courses", Samples.ETHICS_COURSE);
        ids.put("enrollments", created(one.api().post("/api/training/courses/" + Samples.ETHICS_COURSE + "/enrollments", Map.of())));
        ids.put("ethics-reports", created(one.api().post("/api/membership/ethics-reports", Map.of(
                "subjectMemberId", two.memberId(), "principle", 10, "description", "Matrix report: a kickback was asked."))));
        ids.put("inbox", await("member one's first inbox entry").atMost(Duration.ofSeconds(30))
                .until(() -> one.api().get("/api/notifications/inbox?size=1").body().path("items").path(0).path("id").asString(""),
                        Predicate.not(String::isEmpty)));
        try (PartnerReceiver receiver = new PartnerReceiver()) {
            ids.put("webhooks", created(Api.asPartner().post("/api/notifications/webhooks", Map.of("url", receiver.url(),
                    "eventTypes", List.of("isec.training.CertificateIssued")))));
        }
        ids.put("advisors", Tokens.claims(Tokens.forUser("advisor")).path("sub").asString());
        ids.put("translations", "en");
        log.info("authorisation matrix objects: {}", ids);
    }

    /** Each placeholder gets the object named by the path segment before it, or an unknown id. */
    private Map<String, String> realIds(Operation operation) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(operation.path());
        while (placeholders.find()) {
            values.put(placeholders.group(2), ids.getOrDefault(placeholders.group(1), UUID.randomUUID().toString()));
        }
        return values;
    }

    /** Ids no object has, but the caller's own identity where the path names a person (an advisor's calendar). */
    private Map<String, String> unknownIds(Operation operation, String caller) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher placeholders = PLACEHOLDER.matcher(operation.path());
        while (placeholders.find()) {
            String segment = placeholders.group(1);
            boolean identity = segment.equals("advisors") && caller.equals("advisor") || segment.equals("translations")
                    || segment.equals("versions");
            values.put(placeholders.group(2), identity ? ids.get(segment) : UUID.randomUUID().toString());
        }
        return values;
    }

    // --- callers ----------------------------------------------------------------------------------------------

    private Api as(String caller, Rule rule) {
        return switch (caller) {
            case "anonymous" -> Api.anonymous();
            case "user" -> applicant.api();
            case "member" -> rule.owner().equals("bid") ? two.api() : one.api();
            case "partner" -> Api.asPartner();
            default -> Api.as(caller);
        };
    }

    /** The role of the owner of the rule's object: members own most, a user owns an application, and so on. */
    private static String ownerRole(Rule rule) {
        return switch (rule.owner()) {
            case "-" -> "";
            case "application" -> "user";
            case "webhook" -> "partner";
            case "advisor" -> "advisor";
            default -> "member";
        };
    }

    /** A caller of the owner's role who is not the owner: another member, user, advisor or partner client. */
    private Api otherOwner(Rule rule) {
        return switch (ownerRole(rule)) {
            case "member" -> three.api();
            case "user" -> otherUser.api();
            case "advisor" -> otherAdvisor;
            case "partner" -> otherPartner;
            default -> null;
        };
    }

    // --- calls and answers ------------------------------------------------------------------------------------

    /**
     * A call by a caller who must be refused, with a body binding and validation accept, so that the refusal shown
     * is the role or owner check's (were it missing, the call would do what it says: a finding either way). If the
     * domain's input rules refuse the smallest body (422), it goes again with every optional property filled.
     * Publishing a charter keeps the empty object.
     */
    private static ApiResponse callToBeRefused(Operation operation, Api caller, Map<String, String> values, Rule rule) {
        if (NOT_SENT.contains(rule.key())) {
            return call(operation, caller, values, emptyBody(operation));
        }
        ApiResponse answer = call(operation, caller, values, MinimalBodies.of(operation));
        return answer.status() == 422 ? call(operation, caller, values, MinimalBodies.withEveryProperty(operation)) : answer;
    }

    /** For a caller who is let in: the empty object, which validation refuses, so nothing real is changed. */
    private static String emptyBody(Operation operation) {
        return operation.requestBody().isPresent() ? "{}" : null;
    }

    private static ApiResponse call(Operation operation, Api caller, Map<String, String> values, String body) {
        String path = operation.expand(values);
        return Api.pastRateLimit(operation.method() + " " + path,
                () -> caller.send(operation.method(), path, body == null ? null : "application/json", body));
    }

    private static boolean refused(Operation operation, ApiResponse answer) {
        return answer.status() == 403 || answer.status() == 404 || answer.status() == 401 || validationFirst(operation, answer);
    }

    /** The body was refused by binding or bean validation, before the role or owner check. */
    private static boolean validationFirst(Operation operation, ApiResponse answer) {
        return answer.status() == 400 && operation.requestBody().isPresent();
    }

    private static String brief(ApiResponse answer) {
        String text = answer.text() == null ? "" : answer.text();
        return answer.status() + " " + (text.length() > 160 ? text.substring(0, 160) + "…" : text);
    }

    private static void countValidationFirst(Map<String, Integer> tried, Operation operation, ApiResponse answer) {
        if (validationFirst(operation, answer)) {
            count(tried, VALIDATION_FIRST);
        }
    }

    private static void count(Map<String, Integer> tried, String kind) {
        tried.merge(kind, 1, Integer::sum);
    }
}
