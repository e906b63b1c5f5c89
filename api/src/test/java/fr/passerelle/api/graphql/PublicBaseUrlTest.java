package fr.passerelle.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicBaseUrlTest {

    @Test
    void theBaseIsTheAddressTheRequestCameToWithoutItsPathOrQuery() {
        assertThat(new PublicBaseUrl("").of(URI.create("https://api.example.fr:8443/graphql?x=1")))
                .isEqualTo(URI.create("https://api.example.fr:8443"));
        assertThat(new PublicBaseUrl("/passerelle").of(URI.create("http://localhost:9000/passerelle/graphql")))
                .isEqualTo(URI.create("http://localhost:9000/passerelle"));
    }

    @Test
    void aWebSocketHandshakeGivesItsHttpCounterpart() {
        assertThat(new PublicBaseUrl("").of(URI.create("wss://api.example.fr/graphql")))
                .isEqualTo(URI.create("https://api.example.fr"));
        assertThat(new PublicBaseUrl("").of(URI.create("ws://localhost:8080/graphql")))
                .isEqualTo(URI.create("http://localhost:8080"));
    }

    @Test
    void aLinkIsThePathOnTheBase() {
        assertThat(PublicBaseUrl.link(URI.create("https://api.example.fr"), "/agreements/QWc/document"))
                .hasToString("https://api.example.fr/agreements/QWc/document");
    }
}
