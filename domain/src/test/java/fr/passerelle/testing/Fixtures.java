package fr.passerelle.testing;

import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.port.IdGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/** Deterministic time and ids for use-case tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    /** The platform's calendar day at {@link #NOW}. */
    public static final LocalDate TODAY = PlatformCalendar.dayOf(NOW);

    private Fixtures() {
    }

    /** Events with ids {@code event1}, {@code event2}, … at {@link #NOW}. */
    public static EventFactory events() {
        return new EventFactory(countingIds("event"), CLOCK);
    }

    /** Ids {@code prefix1}, {@code prefix2}, … in call order. */
    public static IdGenerator countingIds(String prefix) {
        var counter = new AtomicInteger();
        return () -> prefix + counter.incrementAndGet();
    }
}
