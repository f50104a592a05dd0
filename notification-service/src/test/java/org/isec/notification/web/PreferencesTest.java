package org.isec.notification.web;

import org.isec.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PreferencesTest extends IntegrationTest {

    private static final String PREFERENCES = "/api/notifications/preferences";

    @Test
    void aNewcomerReceivesEverythingAndSeesWhichCategoriesAreEssential() throws Exception {
        mvc.perform(get(PREFERENCES).with(user(id()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.language").doesNotExist())
                .andExpect(jsonPath("$.channels.MARKETPLACE.EMAIL").value(true))
                .andExpect(jsonPath("$.channels.AWARDS.IN_APP").value(true))
                .andExpect(jsonPath("$.categories[?(@.name == 'MEMBERSHIP')].essential").value(true))
                .andExpect(jsonPath("$.categories[?(@.name == 'AWARDS')].essential").value(true))
                .andExpect(jsonPath("$.categories[?(@.name == 'TRAINING')].essential").value(false))
                .andExpect(jsonPath("$.languages").value(hasItems("it", "en", "fr", "es", "ar", "zh")));
    }

    @Test
    void aPersonChoosesALanguageAndTurnsNonEssentialChannelsOff() throws Exception {
        String me = id();
        replace(me, """
                {"language": "ar", "channels": {"MARKETPLACE": {"EMAIL": false}, "TRAINING": {"EMAIL": false, "IN_APP": false},
                 "MEMBERSHIP": {"EMAIL": true}}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ar"));

        mvc.perform(get(PREFERENCES).with(user(me))).andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("ar"))
                .andExpect(jsonPath("$.channels.MARKETPLACE.EMAIL").value(false))
                .andExpect(jsonPath("$.channels.MARKETPLACE.IN_APP").value(true))
                .andExpect(jsonPath("$.channels.TRAINING.IN_APP").value(false))
                .andExpect(jsonPath("$.channels.MEMBERSHIP.EMAIL").value(true));
        mvc.perform(get(PREFERENCES).with(user(id()))).andExpect(jsonPath("$.channels.TRAINING.IN_APP").value(true));
    }

    @Test
    void essentialNotificationsCannotBeTurnedOff() throws Exception {
        String me = id();
        replace(me, "{\"channels\": {\"AWARDS\": {\"EMAIL\": false}, \"MEMBERSHIP\": {\"IN_APP\": false}}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("channels.AWARDS.EMAIL", "channels.MEMBERSHIP.IN_APP")));

        mvc.perform(get(PREFERENCES).with(user(me))).andExpect(jsonPath("$.channels.AWARDS.EMAIL").value(true));
    }

    @Test
    void unknownLanguagesCategoriesAndChannelsAreNamed() throws Exception {
        replace(id(), "{\"language\": \"de\", \"channels\": {\"PARTIES\": {\"EMAIL\": false}, \"TRAINING\": {\"SMS\": false}}}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("language", "channels.PARTIES", "channels.TRAINING.SMS")));
        replace(id(), "{\"channels\": {\"TRAINING\": {\"EMAIL\": \"sometimes\"}}}")
                .andExpect(status().isBadRequest());
        replace(id(), "{\"channels\": [")
                .andExpect(status().isBadRequest());
    }

    @Test
    void preferencesNeedASignedInPerson() throws Exception {
        mvc.perform(get(PREFERENCES)).andExpect(status().isUnauthorized());
    }

    private ResultActions replace(String userId, String body) throws Exception {
        return mvc.perform(put(PREFERENCES).with(user(userId)).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
