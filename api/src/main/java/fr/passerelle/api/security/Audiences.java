package fr.passerelle.api.security;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

/** A token issued for another API is refused even when its issuer is trusted. */
public final class Audiences {

    private Audiences() {
    }

    public static OAuth2TokenValidator<Jwt> requiring(String audience) {
        return new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                audiences -> audiences != null && audiences.contains(audience));
    }
}
