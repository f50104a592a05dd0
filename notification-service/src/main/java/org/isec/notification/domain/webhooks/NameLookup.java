package org.isec.notification.domain.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name; the system resolver in production, a scripted one in tests of DNS rebinding. */
@FunctionalInterface
public interface NameLookup {

    NameLookup SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
