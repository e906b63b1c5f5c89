package fr.passerelle.testing;

import fr.passerelle.agreement.port.out.SecretTokens;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link SecretTokens} that are predictable, for tests only: {@code secret-token-1}, {@code secret-token-2}, … */
public class CountingSecretTokens implements SecretTokens {

    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public String newToken() {
        return "secret-token-" + counter.incrementAndGet();
    }

    /** The token the next call returns. */
    public String next() {
        return "secret-token-" + (counter.get() + 1);
    }
}
