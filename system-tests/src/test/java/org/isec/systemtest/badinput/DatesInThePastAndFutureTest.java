package org.isec.systemtest.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.isec.systemtest.support.Problems.assertProblemNaming;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
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
import org.isec.systemtest.support.Users;
import org.isec.systemtest.support.Users.User;
import org.junit.jupiter.api.Test;


/**
 * Issue 8.4, dates: a body valid in every other field but with a date on the wrong side of now — a bid deadline
 * already past, a company founded next year, a consortium tender closing yesterday — is refused with a 422 naming
 * the date, and nothing is saved. Dates outside 1900–2999 are refused for every field by the field-value sweep.
 */
@SystemTest
class DatesInThePastAndFutureTest {

    @Test
    void aDateOnTheWrongSideOfNowIsRefusedByNameAndNothingIsSaved() {
        Member buyer = Members.approved(Members.profile().legalName("Date Probe Acquisti"));
        int tries = 0;

        for (Instant deadline : List.of(Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().minus(30, ChronoUnit.SECONDS))) {
            String title = "Past deadline " + UUID.randomUUID();
            Map<String, Object> commission = new LinkedHashMap<>(Samples.commission(title, List.of("catering")));
            commission.put("bidDeadline", deadline.toString());
            assertProblemNaming(buyer.api().post("/api/marketplace/commissions", commission), 422, "bidDeadline");
            tries++;
            assertNothingTitled(buyer.api(), title);
        }

        Map<String, Object> tender = new LinkedHashMap<>(Samples.commission("Past tender " + UUID.randomUUID(), List.of("catering")));
        tender.put("bidDeadline", LocalDate.now().minusDays(1) + "T18:00:00+01:00");
        tender.put("lots", List.of(Map.of("title", "Lot 1", "requiredCapabilities", List.of("catering"))));
        assertProblemNaming(Api.as("operator").post("/api/marketplace/admin/tenders", tender), 422, "bidDeadline");
        tries++;
        assertNothingTitled(Api.as("operator"), (String) tender.get("title"));

        User applicant = Users.create("founded");
        Map<String, Object> application = new LinkedHashMap<>(Members.profile().legalName("Fondata Domani")
                .applicationBody(Members.randomVat(), applicant.email(), Members.charterVersion()));
        @SuppressWarnings("unchecked")
        Map<String, Object> organization = new LinkedHashMap<>((Map<String, Object>) application.get("organization"));
        organization.put("foundedYear", Year.now().getValue() + 1);
        application.put("organization", organization);
        assertProblemNaming(applicant.api().post("/api/membership/applications", application), 422, "organization.foundedYear");
        tries++;
        assertThat(applicant.api().get("/api/membership/applications").body().path("items").size())
                .as("applications saved for %s", applicant.username()).isZero();

        ProofLog.record("bad-input", "Dates on the wrong side of now in otherwise valid bodies (deadline past, founded next year)",
                tries, "422 naming the date; nothing saved", Map.of("saved", 0, "5xx", 0));
    }

    private static void assertNothingTitled(Api caller, String title) {
        ApiResponse found = caller.get("/api/marketplace/commissions?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        assertThat(found.body().path("items").size()).as("commissions titled %s", title).isZero();
    }
}
