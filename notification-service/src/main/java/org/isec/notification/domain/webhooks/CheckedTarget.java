package org.isec.notification.domain.webhooks;

import java.net.InetAddress;
import java.net.URI;

/**
 * A callback URL together with the one address that passed the checks: the connection goes to exactly this address,
 * never to a name resolved again later (DNS rebinding).
 *
 * @param host the host name, for the {@code Host} header and TLS server name and certificate check
 */
record CheckedTarget(URI uri, String scheme, String host, int port, InetAddress address) {

    /** Path and query as sent in the request line. */
    String requestTarget() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
