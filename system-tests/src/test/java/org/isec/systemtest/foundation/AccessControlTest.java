package org.isec.systemtest.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Problems.assertProblem;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may call what: the gateway turns away missing and bad tokens, the services turn away missing roles. */
@SystemTest
class AccessControlTest {

    // The audit log of operator actions is for operators only (issue 3).
    private static final String OPERATOR_ONLY = "/api/membership/audit";

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/membership/applications",
            "/api/membership/members/me",
            "/api/marketplace/commissions",
            "/api/advisory/funding-opportunities",
            "/api/training/courses",
            "/api/notifications/inbox"})
    void protectedPathWithoutTokenIsUnauthorized(String path) {
        ApiResponse response = Api.anonymous().get(path);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokenWithForgedSignatureIsUnauthorized() {
        String token = Tokens.forUser("operator");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        ApiResponse response = Api.withToken(forged).get(OPERATOR_ONLY);

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"member", "amina", "advisor", "trainer"})
    void signedInUserWithoutOperatorRoleIsForbiddenFromOperatorEndpoint(String username) {
        assertProblem(Api.as(username).get(OPERATOR_ONLY), 403);
    }

    @Test
    void partnerClientIsForbiddenFromOperatorEndpoint() {
        assertProblem(Api.asPartner().get(OPERATOR_ONLY), 403);
    }

    @Test
    void operatorPassesTheSameCheck() {
        ApiResponse response = Api.as("operator").get(OPERATOR_ONLY);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
    }
}
