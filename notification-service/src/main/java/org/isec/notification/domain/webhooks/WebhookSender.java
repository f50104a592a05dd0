package org.isec.notification.domain.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.UnknownHostException;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * POSTs a webhook to the address {@link CallbackGuard} checked. The target carries that address, so the client never
 * resolves the name again; its DNS resolver refuses everything to make sure of it. No redirects (a 3xx could point
 * anywhere), no proxies from system properties, no automatic retries (the worker owns retries), and at most a few
 * kilobytes of the answer are read.
 */
class WebhookSender implements AutoCloseable {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final int MAX_RESPONSE_BYTES = 8 * 1024;

    /** What the endpoint answered; {@code status} is null when it did not answer at all. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        boolean gone() {
            return status != null && status == 410;
        }
    }

    private final CloseableHttpClient client;

    WebhookSender(WebhookSettings settings) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.readTimeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new NoResolution())
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(connect).setSocketTimeout(read)
                                // A partner may close an idle keep-alive connection; check before reusing it.
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1))
                                .setTimeToLive(TimeValue.ofMinutes(5)).build())
                        .setMaxConnPerRoute(4)
                        .setMaxConnTotal(64)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(read).build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("ISEC-Webhooks/1.0")
                .build();
    }

    Outcome post(CheckedTarget target, Map<String, String> headers, byte[] body) {
        HttpHost host = new HttpHost(target.scheme(), target.address(), target.host(), target.port());
        HttpPost post = new HttpPost(target.requestTarget());
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, ContentType.create(CONTENT_TYPE, "UTF-8")));
        try (ClassicHttpResponse response = client.executeOpen(host, post, null)) {
            drain(response);
            return new Outcome(response.getCode(), response.getCode() >= 300 ? "HTTP " + response.getCode() : null);
        } catch (IOException e) {
            return new Outcome(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void drain(ClassicHttpResponse response) throws IOException {
        if (response.getEntity() == null) {
            return;
        }
        try (InputStream in = response.getEntity().getContent()) {
            // Enough to let a small answer complete the exchange; a huge one is cut by closing the connection.
            in.readNBytes(MAX_RESPONSE_BYTES);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Every request carries its checked address; a lookup here would mean a second, unchecked resolution. */
    private static final class NoResolution implements DnsResolver {

        @Override
        public java.net.InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("webhook targets are resolved and checked before the request: " + host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException("webhook targets are resolved and checked before the request: " + host);
        }
    }
}
