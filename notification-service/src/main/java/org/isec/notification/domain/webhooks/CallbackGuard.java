package org.isec.notification.domain.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF check of partner callback URLs, run when a partner subscribes and again before every delivery, on the
 * addresses the name resolves to at that moment. {@code https} only; public addresses only. The dev flag
 * {@code isec.webhooks.allow-loopback-http} additionally permits loopback targets, and plain {@code http} only to
 * them: private, link-local and every other range stay refused.
 */
class CallbackGuard {

    static final int MAX_URL_LENGTH = 2048;

    private final NameLookup names;
    private final boolean allowLoopbackHttp;

    CallbackGuard(NameLookup names, boolean allowLoopbackHttp) {
        this.names = names;
        this.allowLoopbackHttp = allowLoopbackHttp;
    }

    /** The URL as a URI, if it is an absolute http(s) URL without credentials or fragment. */
    static URI parse(String url) throws RefusedTarget {
        if (url == null || url.isBlank()) {
            throw new RefusedTarget("must not be blank");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new RefusedTarget("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a valid URL");
        }
        if (!uri.isAbsolute() || uri.getScheme() == null) {
            throw new RefusedTarget("must be an absolute https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTarget("has no valid host name");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("must not contain credentials");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTarget("must not contain a fragment");
        }
        return uri;
    }

    /** Resolves the URL's host and returns the address to connect to, if the target is permitted. */
    CheckedTarget check(URI uri) throws RefusedTarget {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean http = scheme.equals("http");
        if (!scheme.equals("https") && !(http && allowLoopbackHttp)) {
            throw new RefusedTarget(allowLoopbackHttp ? "must use https (plain http only to a loopback address)"
                    : "must use https");
        }
        String host = stripBrackets(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = names.resolve(host);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            throw new RefusedTarget("host " + host + " cannot be resolved");
        }
        // Every address must pass: a name that also points somewhere private is refused as a whole.
        for (InetAddress address : addresses) {
            Optional<String> refusal = AddressPolicy.refusal(address, allowLoopbackHttp);
            if (refusal.isPresent()) {
                throw new RefusedTarget("resolves to a " + refusal.get() + ", which is not permitted");
            }
            if (http && !AddressPolicy.isLoopback(address)) {
                throw new RefusedTarget("must use https (plain http only to a loopback address)");
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : http ? 80 : 443;
        return new CheckedTarget(uri, scheme, host, port, addresses[0]);
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
