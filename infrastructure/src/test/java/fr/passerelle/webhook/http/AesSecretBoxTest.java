package fr.passerelle.webhook.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AesSecretBoxTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aSealedSecretOpensWithTheSameKeyOnlyAndDoesNotShowTheSecret() {
        AesSecretBox box = new AesSecretBox(key(1));
        String sealed = box.seal("whsec_c2VjcmV0");
        assertThat(sealed).doesNotContain("whsec_").isNotEqualTo(box.seal("whsec_c2VjcmV0"));
        assertThat(box.open(sealed)).isEqualTo("whsec_c2VjcmV0");
        assertThatThrownBy(() -> new AesSecretBox(key(2)).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AesSecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
