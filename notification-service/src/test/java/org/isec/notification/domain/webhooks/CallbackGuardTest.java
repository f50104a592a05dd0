package org.isec.notification.domain.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackGuardTest {

    private static final CallbackGuard PRODUCTION = new CallbackGuard(NameLookup.SYSTEM, false);
    private static final CallbackGuard DEV = new CallbackGuard(NameLookup.SYSTEM, true);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://127.1.2.3/hook", "https://[::1]/hook", "https://localhost/hook",
            "https://10.0.0.8/hook", "https://172.16.5.4/hook", "https://172.31.255.255/hook", "https://192.168.1.10/hook",
            "https://169.254.169.254/latest/meta-data", "https://[fe80::1]/hook", "https://100.64.0.1/hook",
            "https://100.127.255.254/hook", "https://[fd12:3456::1]/hook", "https://[fc00::1]/hook",
            "https://0.0.0.0/hook", "https://0.1.2.3/hook", "https://[::]/hook", "https://224.0.0.1/hook",
            "https://[ff02::1]/hook", "https://255.255.255.255/hook", "https://240.0.0.1/hook",
            "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:169.254.169.254]/hook", "https://[::ffff:10.0.0.1]/hook",
            "https://[::ffff:7f00:1]/hook", "https://[::127.0.0.1]/hook", "https://[64:ff9b::a9fe:a9fe]/hook",
            "https://[2002:c0a8:0101::1]/hook", "https://[2001:0:4136:e378::1]/hook", "https://[fec0::1]/hook",
            "https://192.0.2.10/hook", "https://198.18.0.1/hook", "https://[2001:db8::1]/hook"})
    void nonPublicTargetsAreRefusedWithoutTheDevFlag(String url) {
        assertThatThrownBy(() -> PRODUCTION.check(CallbackGuard.parse(url))).isInstanceOf(RefusedTarget.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "https://10.0.0.8/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest/meta-data",
            "https://[fe80::1]/hook", "https://100.64.0.1/hook", "https://[fd12:3456::1]/hook", "https://0.0.0.0/hook",
            "https://[::ffff:169.254.169.254]/hook", "https://[::ffff:10.0.0.1]/hook", "https://224.0.0.1/hook",
            "http://10.0.0.8/hook", "http://169.254.169.254/", "http://8.8.8.8/hook", "http://[2606:4700::1111]/hook"})
    void theDevFlagStillRefusesPrivateLinkLocalAndPlainHttpBeyondLoopback(String url) {
        assertThatThrownBy(() -> DEV.check(CallbackGuard.parse(url))).isInstanceOf(RefusedTarget.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8099/hook", "http://[::1]:8099/hook", "http://localhost:8099/hook",
            "https://127.0.0.1/hook"})
    void theDevFlagAllowsLoopback(String url) throws Exception {
        CheckedTarget target = DEV.check(CallbackGuard.parse(url));

        assertThat(target.address().isLoopbackAddress()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:8099/hook", "http://93.184.216.34/hook", "ftp://93.184.216.34/x"})
    void withoutTheDevFlagOnlyHttpsIsAccepted(String url) {
        assertThatThrownBy(() -> PRODUCTION.check(CallbackGuard.parse(url))).isInstanceOf(RefusedTarget.class)
                .hasMessageContaining("https");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://93.184.216.34/hooks?x=1", "https://[2606:4700:4700::1111]/hook",
            "https://8.8.8.8:8443/hook", "https://[64:ff9b::808:808]/hook"})
    void publicAddressesAreAccepted(String url) throws Exception {
        CheckedTarget target = PRODUCTION.check(CallbackGuard.parse(url));

        assertThat(target.scheme()).isEqualTo("https");
        assertThat(target.requestTarget()).startsWith("/hook");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "not a url", "/relative/path", "https://user:secret@93.184.216.34/hook",
            "https://93.184.216.34/hook#frag", "https:///nohost", "https://under_score.example/hook"})
    void malformedUrlsAreRefusedBeforeAnyLookup(String url) {
        assertThatThrownBy(() -> CallbackGuard.parse(url)).isInstanceOf(RefusedTarget.class);
    }

    @Test
    void aNameIsRefusedWhenAnyOfItsAddressesIsPrivate() {
        CallbackGuard guard = new CallbackGuard(names(Map.of("mixed.example", new String[] {"93.184.216.34", "10.0.0.1"})),
                false);

        assertThatThrownBy(() -> guard.check(URI.create("https://mixed.example/hook")))
                .isInstanceOf(RefusedTarget.class).hasMessageContaining("private");
    }

    @Test
    void theAddressIsCheckedAgainAtEveryLookupSoARebindingNameIsCaught() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        NameLookup rebinding = host -> new InetAddress[] {InetAddress.getByName(
                lookups.getAndIncrement() == 0 ? "93.184.216.34" : "169.254.169.254")};
        CallbackGuard guard = new CallbackGuard(rebinding, true);
        URI uri = URI.create("https://partner.example/hook");

        CheckedTarget first = guard.check(uri);
        assertThat(first.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(first.host()).isEqualTo("partner.example");
        assertThatThrownBy(() -> guard.check(uri)).isInstanceOf(RefusedTarget.class).hasMessageContaining("link-local");
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        CallbackGuard guard = new CallbackGuard(host -> {
            throw new UnknownHostException(host);
        }, false);

        assertThatThrownBy(() -> guard.check(URI.create("https://nowhere.example/hook")))
                .isInstanceOf(RefusedTarget.class).hasMessageContaining("cannot be resolved");
    }

    private static NameLookup names(Map<String, String[]> table) {
        return host -> {
            String[] addresses = table.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] out = new InetAddress[addresses.length];
            for (int i = 0; i < addresses.length; i++) {
                out[i] = InetAddress.getByName(addresses[i]);
            }
            return out;
        };
    }
}
