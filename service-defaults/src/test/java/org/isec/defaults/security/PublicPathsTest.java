package org.isec.defaults.security;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicPathsTest {

    @Test
    void entriesWithAndWithoutMethod() {
        PublicPaths paths = PublicPaths.parse(List.of("GET /api/membership/charter", " /api/training/certificates/** ",
                "post /api/notifications/hooks"));
        assertThat(paths.entries()).containsExactly(
                new PublicPaths.Entry(HttpMethod.GET, "/api/membership/charter"),
                new PublicPaths.Entry(null, "/api/training/certificates/**"),
                new PublicPaths.Entry(HttpMethod.POST, "/api/notifications/hooks"));
    }

    @Test
    void malformedEntriesFailTheStartWithTheEntryNamed() {
        assertThatThrownBy(() -> PublicPaths.parse(List.of("GET api/membership/charter")))
                .hasMessageContaining("GET api/membership/charter");
        assertThatThrownBy(() -> PublicPaths.parse(List.of("GET /a /b"))).hasMessageContaining("GET /a /b");
    }
}
