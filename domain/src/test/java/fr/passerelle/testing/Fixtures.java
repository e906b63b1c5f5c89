package fr.passerelle.testing;

import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Deterministic time and ids for use-case tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private Fixtures() {
    }

    /** Ids {@code prefix1}, {@code prefix2}, … in call order. */
    public static IdGenerator countingIds(String prefix) {
        var counter = new AtomicInteger();
        return () -> prefix + counter.incrementAndGet();
    }
}
