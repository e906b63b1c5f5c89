package fr.passerelle.shared.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"https://x.fr/a", "http://ecole-son.fr", "HTTPS://Studio.example.com/path?q=1#top"})
    void absolute_http_and_https_addresses_are_accepted(String raw) {
        assertThat(WebAddress.of(raw).toString()).isEqualTo(raw);
    }

    @Test
    void surrounding_spaces_are_dropped() {
        assertThat(WebAddress.of("  https://x.fr/a ").toString()).isEqualTo("https://x.fr/a");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {
            "javascript:alert(1)",
            "ftp://x",
            "file:///etc/passwd",
            "data:text/html,hi",
            "/x",
            "x.fr/a",
            "https://",
            "https:///path-only",
            "https://exa mple.fr",
            "https://x.fr/a\u0000b",
            "https://x.fr/\u202Efdp.exe",
    })
    void non_http_relative_or_malformed_addresses_are_invalid(String raw) {
        assertThat(Violations.thrownBy(() -> WebAddress.of(raw)))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }

    @Test
    void addresses_longer_than_2048_characters_are_invalid() {
        String prefix = "https://x.fr/";
        String longest = prefix + "a".repeat(Limits.URL - prefix.length());

        assertThat(WebAddress.of(longest).toString()).hasSize(2048);
        assertThat(Violations.thrownBy(() -> WebAddress.of(longest + "a")))
                .extracting(Violation::code)
                .containsExactly(ErrorCode.INVALID);
    }
}
