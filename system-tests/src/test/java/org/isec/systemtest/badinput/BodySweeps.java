package org.isec.systemtest.badinput;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.systemtest.support.AccessPolicy;
import org.isec.systemtest.support.AccessPolicy.Rule;
import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.Members;
import org.isec.systemtest.support.Members.Member;
import org.isec.systemtest.support.OpenApi.Operation;
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;

/** What the body sweeps share: who calls each operation, on which path, and how a call is sent. */
final class BodySweeps {

    /** Tried in this order: the first the policy lets in calls the operation. */
    private static final List<String> PREFERRED = List.of("operator", "member", "trainer", "advisor", "partner", "user");
    private static final Map<String, Rule> POLICY = AccessPolicy.load();
    private static Member member;
    private static User user;

    private BodySweeps() {
    }

    /** A caller that passes the operation's role gate (access-policy.tsv), so that the body reaches validation. */
    static synchronized Api callerFor(Operation operation) {
        Rule rule = POLICY.get(operation.method() + " " + operation.path());
        String caller = rule == null ? "operator"
                : PREFERRED.stream().filter(rule.callers()::contains).findFirst().orElse("operator");
        return switch (caller) {
            case "member" -> {
                if (member == null) {
                    member = Members.approved(Members.profile().legalName("Sweep Ristorazione"));
                }
                yield member.api();
            }
            case "user" -> {
                if (user == null) {
                    user = Users.create("sweep");
                }
                yield user.api();
            }
            case "partner" -> Api.asPartner();
            default -> Api.as(caller);
        };
    }

    static String pathOf(Operation operation) {
        Map<String, String> ids = new LinkedHashMap<>();
        operation.pathParameters().forEach(parameter -> ids.put(parameter.name(), UUID.randomUUID().toString()));
        return operation.expand(ids);
    }

    /** Sends once; a 429 from the gateway's rate limit is waited out (it would prove nothing about the input). */
    static ApiResponse send(Api caller, String method, String path, String body) {
        return Api.pastRateLimit(method + " " + path, () -> caller.send(method, path, "application/json", body));
    }
}
