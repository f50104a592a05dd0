package org.isec.notification.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.isec.notification.domain.webhooks.NameLookup;

/**
 * The system resolver, except for names under {@code .rebind.test} that a test points wherever it likes: the way a
 * hostile DNS server answers a public address at subscription time and a private one at delivery time.
 */
public final class ScriptedNames implements NameLookup {

    public static final String SUFFIX = ".rebind.test";
    private final Map<String, InetAddress> answers = new ConcurrentHashMap<>();

    public void answer(String host, String address) {
        try {
            answers.put(host, InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.endsWith(SUFFIX)) {
            InetAddress answer = answers.get(host);
            if (answer == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {answer};
        }
        return SYSTEM.resolve(host);
    }
}
