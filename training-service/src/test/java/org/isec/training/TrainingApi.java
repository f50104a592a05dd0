package org.isec.training;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The few calls most tests need, through MockMvc and the whole web stack. */
public record TrainingApi(MockMvc mvc) {

    public static final String BASE = "/api/training";

    public static String inPersonCourse(int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(30).truncatedTo(ChronoUnit.HOURS);
        return """
                {"title": {"it": "Partecipare agli appalti pubblici", "en": "Bidding for public contracts"},
                 "description": {"it": "MePA, requisiti, offerte.", "en": "MePA, requirements, offers."},
                 "topic": "PUBLIC_PROCUREMENT", "format": "IN_PERSON", "languages": ["it", "en"], "capacity": %d,
                 "sessions": [{"start": "%s", "end": "%s", "location": "Via Roma 1, Milano"}]}
                """.formatted(capacity, start, start.plusHours(3).plusMinutes(30));
    }

    public String publishCourse(JwtRequestPostProcessor trainer, String body) throws Exception {
        MvcResult result = mvc.perform(post(BASE + "/courses").with(trainer).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn();
        return json(result).read("$.id");
    }

    public DocumentContext enrol(JwtRequestPostProcessor member, String courseId) throws Exception {
        return json(mvc.perform(post(BASE + "/courses/{id}/enrollments", courseId).with(member))
                .andExpect(status().isCreated()).andReturn());
    }

    public DocumentContext enrollment(JwtRequestPostProcessor who, String enrollmentId) throws Exception {
        return json(mvc.perform(get(BASE + "/enrollments/{id}", enrollmentId).with(who))
                .andExpect(status().isOk()).andReturn());
    }

    public DocumentContext cancel(JwtRequestPostProcessor who, String enrollmentId) throws Exception {
        return json(mvc.perform(delete(BASE + "/enrollments/{id}", enrollmentId).with(who))
                .andExpect(status().isOk()).andReturn());
    }

    public DocumentContext complete(JwtRequestPostProcessor trainer, String enrollmentId) throws Exception {
        return json(mvc.perform(post(BASE + "/enrollments/{id}/complete", enrollmentId).with(trainer))
                .andExpect(status().isOk()).andReturn());
    }

    public static DocumentContext json(MvcResult result) throws Exception {
        return JsonPath.parse(result.getResponse().getContentAsString());
    }
}
