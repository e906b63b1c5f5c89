package fr.passerelle.api.dev;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lists the demo personas and how to get a token for each (dev mode only). */
@RestController
@ConditionalOnProperty(name = "passerelle.security.dev-issuer", havingValue = "true")
@Tag(name = "Development", description = "Helpers that exist only in dev mode")
class DevPersonasController {

    /**
     * @param clientId OAuth2 client id to use with the client-credentials grant at {@code /oauth2/token}
     * @param clientSecret its secret (dev only)
     */
    record PersonaView(String clientId, String clientSecret, String subject, String displayName, String email,
                       List<String> platformRoles, String membershipRole, String tenant) {
    }

    @GetMapping("/dev/personas")
    @Operation(summary = "Demo personas",
            description = "Each persona is an OAuth2 client of the embedded dev issuer: POST /oauth2/token with "
                    + "grant_type=client_credentials and HTTP basic auth clientId:clientSecret returns its token.")
    List<PersonaView> personas() {
        return Arrays.stream(DemoPersona.values())
                .map(p -> new PersonaView(p.key(), p.clientSecret(), p.subject(), p.displayName(), p.email(),
                        p.roles().stream().map(Enum::name).sorted().toList(),
                        p.membershipRole().map(Enum::name).orElse(null),
                        p.tenant().map(t -> t.type() + ":" + t.id()).orElse(null)))
                .toList();
    }
}
