package org.isec.advisory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.isec.advisory.Tokens.advisor;
import static org.isec.advisory.Tokens.newId;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.isec.advisory.Api;
import org.isec.advisory.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Concurrent bookings of one advisor, each for a different case, against the real wire server. */
@IntegrationTest
class DoubleBookingTest {

    static final int REQUESTS = 6;
    static final String DAY = (Year.now().getValue() + 1) + "-03-10";

    @Autowired
    MockMvc mvc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void ofConcurrentOverlappingBookingsExactlyOneWins() throws Exception {
        String advisorId = newId();
        api.advisor(advisorId, "[\"FINANCIAL\"]", "[\"it\"]");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            cases.add(api.assignedRequest(newId(), advisorId));
        }

        // Every request wants a slot that overlaps every other one: 10:00–11:00 up to 10:25–11:25.
        List<MvcResult> results = concurrently(cases.size(), i -> book(cases.get(i), advisorId,
                "%sT10:%02d".formatted(DAY, i * 5), "%sT11:%02d".formatted(DAY, i * 5)));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).filteredOn(s -> s == 201).hasSize(1);
        assertThat(results).extracting(r -> r.getResponse().getStatus()).filteredOn(s -> s == 409)
                .hasSize(REQUESTS - 1);
        assertThat(results).filteredOn(r -> r.getResponse().getStatus() == 409)
                .allSatisfy(r -> assertThat(r.getResponse().getContentAsString()).contains("ADVISOR_DOUBLE_BOOKED"));
        mvc.perform(get("/api/advisory/advisors/me/sessions").with(advisor(advisorId)))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void concurrentBookingsThatDoNotOverlapAllSucceed() throws Exception {
        String advisorId = newId();
        api.advisor(advisorId, "[\"FINANCIAL\"]", "[\"it\"]");
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            cases.add(api.assignedRequest(newId(), advisorId));
        }

        // Back to back: 09:00–10:00, 10:00–11:00, ... touching is not overlapping.
        List<MvcResult> results = concurrently(cases.size(), i -> book(cases.get(i), advisorId,
                "%sT%02d:00".formatted(DAY, 9 + i), "%sT%02d:00".formatted(DAY, 10 + i)));

        assertThat(results).extracting(r -> r.getResponse().getStatus()).containsOnly(201);
        String calendar = mvc.perform(get("/api/advisory/advisors/{id}/sessions", advisorId).with(advisor(advisorId)))
                .andReturn().getResponse().getContentAsString();
        List<String> starts = JsonPath.read(calendar, "$[*].start");
        assertThat(starts).hasSize(REQUESTS).doesNotHaveDuplicates();
    }

    @Test
    void aSessionOverlappingAnotherCaseOfTheSameAdvisorIsRefused() throws Exception {
        String advisorId = newId();
        api.advisor(advisorId, "[\"FINANCIAL\"]", "[\"it\"]");
        String first = api.assignedRequest(newId(), advisorId);
        String second = api.assignedRequest(newId(), advisorId);

        assertThat(book(first, advisorId, DAY + "T14:00", DAY + "T15:00").getResponse().getStatus()).isEqualTo(201);
        MvcResult clash = book(second, advisorId, DAY + "T14:30:00+01:00", DAY + "T15:30:00+01:00");

        assertThat(clash.getResponse().getStatus()).isEqualTo(409);
        assertThat(clash.getResponse().getContentAsString()).contains("ADVISOR_DOUBLE_BOOKED");
    }

    @Test
    void sessionTimesAreValidated() throws Exception {
        String advisorId = newId();
        api.advisor(advisorId, "[\"FINANCIAL\"]", "[\"it\"]");
        String id = api.assignedRequest(newId(), advisorId);

        api.json(post("/api/advisory/requests/{id}/sessions", id).with(advisor(advisorId)),
                        "{\"start\": \"%sT11:00\", \"end\": \"%sT10:00\", \"mode\": \"IN_PERSON\"}".formatted(DAY, DAY))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("end", "location")));
        api.json(post("/api/advisory/requests/{id}/sessions", id).with(advisor(advisorId)),
                        "{\"start\": \"tomorrow\", \"end\": \"2020-01-01T10:00\", \"mode\": \"PHONE\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("start")));
    }

    private MvcResult book(String caseId, String advisorId, String start, String end) throws Exception {
        return api.json(post("/api/advisory/requests/{id}/sessions", caseId).with(advisor(advisorId)),
                "{\"start\": \"%s\", \"end\": \"%s\", \"mode\": \"PHONE\"}".formatted(start, end)).andReturn();
    }

    interface Indexed {
        MvcResult call(int i) throws Exception;
    }

    /** Starts every call at once behind a gate, so they really race for the calendar document. */
    private static List<MvcResult> concurrently(int n, Indexed work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<MvcResult>) () -> {
                    gate.await();
                    return work.call(index);
                }));
            }
            gate.countDown();
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
