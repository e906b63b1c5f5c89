package fr.passerelle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ServerPublicBaseUrlTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        var environment = new MockEnvironment().withProperty("local.server.port", "41234");
        assertThat(new ServerPublicBaseUrl("https://api.example.org/passerelle/", environment)
                .resolve("/agreements/a/document")).isEqualTo("https://api.example.org/passerelle/agreements/a/document");
    }

    @Test
    void withoutOneItIsTheServersOwnAddressOnThePortItActuallyListensOn() {
        var environment = new MockEnvironment().withProperty("server.port", "0");
        var url = new ServerPublicBaseUrl(" ", environment);
        environment.setProperty("local.server.port", "41234");
        assertThat(url.resolve("/x")).isEqualTo("http://localhost:41234/x");

        assertThat(new ServerPublicBaseUrl(null, new MockEnvironment().withProperty("server.port", "9000")
                .withProperty("server.ssl.enabled", "true").withProperty("server.address", "10.0.0.5")).resolve("/x"))
                .isEqualTo("https://10.0.0.5:9000/x");
        assertThat(new ServerPublicBaseUrl(null, new MockEnvironment()).resolve("/x")).isEqualTo("http://localhost:8080/x");
    }

    @Test
    void aConfiguredAddressThatIsNotAnAbsoluteHttpUrlStopsTheStart() {
        for (String wrong : new String[] {"api.example.org", "ftp://api.example.org", "https://api.example.org/?a=b",
                "http://exa mple.org"}) {
            assertThatIllegalArgumentException().as(wrong)
                    .isThrownBy(() -> new ServerPublicBaseUrl(wrong, new MockEnvironment()))
                    .withMessageContaining("passerelle.public-base-url");
        }
    }

    @Test
    void pathsAreRelativeToTheApisRoot() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ServerPublicBaseUrl(null, new MockEnvironment()).resolve("agreements"));
    }
}
