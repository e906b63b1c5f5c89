package fr.passerelle.webhook.http;

import fr.passerelle.webhook.port.out.WebhookAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The SSRF rules: a webhook goes over https to a host all of whose addresses are public. With
 * {@code allowLoopback} (development and tests only), a host that resolves to loopback only is allowed too, over
 * http as well. Checked at registration and again before every attempt, after resolving the name, so a name that
 * later points inside is refused then.
 */
class ResolvedAddresses implements WebhookAddresses {

    private final boolean allowLoopback;
    private final HostResolver resolver;

    ResolvedAddresses(boolean allowLoopback, HostResolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    @Override
    public Optional<String> refusal(URI url) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(url.getHost());
        } catch (UnknownHostException unknown) {
            return Optional.of("error.webhook.host-unknown");
        }
        boolean loopbackOnly = addresses.length > 0
                && Arrays.stream(addresses).allMatch(a -> AddressClass.of(a) == AddressClass.LOOPBACK);
        if (allowLoopback && loopbackOnly) {
            return Optional.empty();
        }
        if (Arrays.stream(addresses).anyMatch(a -> AddressClass.of(a) != AddressClass.PUBLIC)) {
            return Optional.of("error.webhook.address-refused");
        }
        if (!"https".equals(url.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.of("error.webhook.url-not-https");
        }
        return Optional.empty();
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
