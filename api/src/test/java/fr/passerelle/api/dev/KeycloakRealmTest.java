package fr.passerelle.api.dev;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.membership.model.PlatformRole;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Keycloak realm of the compose stack offers every client kind Passerelle has (the SPA, the mobile app, partner
 * schools' systems), lets learners register themselves, and knows the same people as the dev issuer's personas, so
 * the demo data works against both.
 */
class KeycloakRealmTest {

    private static final JsonNode REALM = JsonMapper.builder().build()
            .readTree(Path.of("../docker/keycloak/passerelle-realm.json").toFile());

    private static JsonNode client(String clientId) {
        return stream(REALM.get("clients")).filter(c -> c.get("clientId").asString().equals(clientId))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static boolean addsTheApiAudience(JsonNode client) {
        return stream(client.path("protocolMappers")).anyMatch(mapper ->
                mapper.get("protocolMapper").asString().equals("oidc-audience-mapper")
                        && mapper.get("config").get("included.custom.audience").asString().equals("passerelle-api"));
    }

    @Test
    void theMobileAppIsAPublicClientWithPkceRedirectingToItsOwnScheme() {
        JsonNode mobile = client("passerelle-mobile");

        assertThat(mobile.get("publicClient").asBoolean()).isTrue();
        assertThat(mobile.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(mobile.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(mobile.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(mobile.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(stream(mobile.get("redirectUris")).map(JsonNode::asString))
                .containsExactly("fr.passerelle.app:/oauth2redirect");
        assertThat(addsTheApiAudience(mobile)).isTrue();
    }

    @Test
    void aPartnerSchoolSystemIsAConfidentialServiceAccountOfItsSchool() {
        JsonNode partner = client(DemoPersona.PARTNER_SCHOOL_B.key());

        assertThat(partner.get("publicClient").asBoolean()).isFalse();
        assertThat(partner.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(partner.get("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(partner.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(addsTheApiAudience(partner)).isTrue();
        JsonNode account = stream(REALM.get("users"))
                .filter(user -> user.path("serviceAccountClientId").asString("").equals(partner.get("clientId").asString()))
                .findFirst().orElseThrow();
        assertThat(account.get("id").asString()).as("the subject the demo data makes SCHOOL_ADMIN of school B")
                .isEqualTo(DemoPersona.PARTNER_SCHOOL_B.subject());
    }

    @Test
    void learnersRegisterThemselvesAndAreLearnersOnly() {
        assertThat(REALM.get("registrationAllowed").asBoolean()).isTrue();
        List<String> defaults = stream(REALM.get("defaultRole").get("composites").get("realm"))
                .map(JsonNode::asString).toList();
        assertThat(defaults).contains(PlatformRole.LEARNER.name())
                .doesNotContain(PlatformRole.ADVISOR.name(), PlatformRole.PLATFORM_ADMIN.name());
    }

    @Test
    void everyPersonaIsTheSamePersonInKeycloak() {
        for (DemoPersona persona : DemoPersona.values()) {
            JsonNode user = stream(REALM.get("users")).filter(u -> u.get("id").asString().equals(persona.subject()))
                    .findFirst().orElseThrow(() -> new AssertionError("no Keycloak user for " + persona));
            assertThat(stream(user.get("realmRoles")).map(JsonNode::asString).toList()).as(persona.key())
                    .containsExactlyInAnyOrderElementsOf(persona.roles().stream().map(Enum::name).toList());
            if (!user.has("serviceAccountClientId")) {
                assertThat(user.get("email").asString()).isEqualTo(persona.email());
            }
        }
    }
}
