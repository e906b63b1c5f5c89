package fr.passerelle.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The SSRF rules: which addresses a webhook may go to, after resolution. */
class AddressClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.8.9.10, LOOPBACK", "::1, LOOPBACK",
            "10.1.2.3, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "100.64.0.1, PRIVATE", "fd12:3456::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "169.254.0.1, LINK_LOCAL", "fe80::1, LINK_LOCAL",
            "100.100.100.200, METADATA", "fd00:ec2::254, METADATA",
            "0.0.0.0, RESERVED", "::, RESERVED", "224.0.0.1, RESERVED", "255.255.255.255, RESERVED",
            "192.0.2.10, RESERVED", "64:ff9b::a00:1, RESERVED", "2002:a00:1::1, RESERVED",
            "::ffff:10.0.0.1, PRIVATE", "::ffff:127.0.0.1, LOOPBACK",
            "93.184.215.14, PUBLIC", "172.32.0.1, PUBLIC", "2606:4700::1111, PUBLIC", "8.8.8.8, PUBLIC"})
    void classifiesAddresses(String literal, AddressClass expected) throws UnknownHostException {
        assertThat(AddressClass.of(InetAddress.getByName(literal))).isEqualTo(expected);
    }

    private static ResolvedAddresses resolvingTo(boolean allowLoopback, String... literals) {
        return new ResolvedAddresses(allowLoopback, host -> {
            InetAddress[] addresses = new InetAddress[literals.length];
            for (int i = 0; i < literals.length; i++) {
                addresses[i] = InetAddress.getByName(literals[i]);
            }
            return addresses;
        });
    }

    @Test
    void inProductionOnlyHttpsToPublicAddressesIsAllowed() {
        assertThat(resolvingTo(false, "93.184.215.14").refusal(URI.create("https://hooks.example.org/in"))).isEmpty();
        assertThat(resolvingTo(false, "93.184.215.14").refusal(URI.create("http://hooks.example.org/in")))
                .contains("error.webhook.url-not-https");
        assertThat(resolvingTo(false, "127.0.0.1").refusal(URI.create("https://localhost/in")))
                .contains("error.webhook.address-refused");
        assertThat(resolvingTo(false, "169.254.169.254").refusal(URI.create("https://metadata.example/latest")))
                .contains("error.webhook.address-refused");
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        assertThat(resolvingTo(false, "93.184.215.14", "10.0.0.7").refusal(URI.create("https://mixed.example.org/")))
                .contains("error.webhook.address-refused");
    }

    @Test
    void allowingLoopbackAllowsLoopbackOnlyOverHttpAndNothingElsePrivate() {
        assertThat(resolvingTo(true, "127.0.0.1").refusal(URI.create("http://localhost:8181/in"))).isEmpty();
        assertThat(resolvingTo(true, "::1").refusal(URI.create("http://[::1]:8181/in"))).isEmpty();
        assertThat(resolvingTo(true, "192.168.1.1").refusal(URI.create("http://router.lan/in")))
                .contains("error.webhook.address-refused");
        assertThat(resolvingTo(true, "127.0.0.1", "10.0.0.1").refusal(URI.create("http://both.example/in")))
                .contains("error.webhook.address-refused");
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        var unresolvable = new ResolvedAddresses(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(unresolvable.refusal(URI.create("https://nowhere.invalid/"))).contains("error.webhook.host-unknown");
    }
}
