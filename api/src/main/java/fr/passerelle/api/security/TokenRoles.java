package fr.passerelle.api.security;

import fr.passerelle.membership.model.PlatformRole;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads platform roles from the configured claim of a token; unknown role names are ignored. */
final class TokenRoles {

    private TokenRoles() {
    }

    static Set<PlatformRole> read(Jwt jwt, String claimPath) {
        Object value = jwt.getClaims();
        for (String segment : claimPath.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(segment) : null;
        }
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        if (value instanceof Collection<?> names) {
            for (Object name : names) {
                for (PlatformRole role : PlatformRole.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}
