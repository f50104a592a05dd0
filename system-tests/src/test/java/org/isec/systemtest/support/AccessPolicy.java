package org.isec.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code access-policy.tsv}: for every operation of every service, who passes its role gate and which object only
 * its owner may use. The authorisation matrix checks the services against it; the sweeps use it to pick a caller
 * that gets past the gate, so that what they send reaches validation.
 */
public final class AccessPolicy {

    /** The kinds of caller the policy names, in the order the tests try them. */
    public static final List<String> CALLERS = List.of("anonymous", "user", "member", "operator", "advisor", "trainer", "partner");

    private AccessPolicy() {
    }

    public record Rule(String method, String path, Set<String> callers, String owner, String note) {
        public String key() {
            return method + " " + path;
        }
    }

    /** The rules by "METHOD path", e.g. {@code POST /api/marketplace/commissions/{id}/bids}. */
    public static Map<String, Rule> load() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try (InputStream in = AccessPolicy.class.getResourceAsStream("/access-policy.tsv")) {
            assertThat(in).as("access-policy.tsv on the test class path").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns.length).as("columns of %s", line).isGreaterThanOrEqualTo(4);
                Set<String> callers = new LinkedHashSet<>(List.of(columns[2].trim().split("\\s+")));
                if (callers.remove("anyone")) {
                    callers.addAll(CALLERS);
                }
                assertThat(CALLERS).as("callers of %s", line).containsAll(callers);
                Rule rule = new Rule(columns[0].trim(), columns[1].trim(), callers, columns[3].trim(),
                        columns.length > 4 ? columns[4].trim() : "");
                assertThat(rules.put(rule.key(), rule)).as("second rule for %s", rule.key()).isNull();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rules;
    }
}
