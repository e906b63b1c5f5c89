package fr.passerelle.notification.preferences;

import fr.passerelle.shared.model.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The addresses this instance recorded lately, so that a person's every request does not re-record theirs. Bounded
 * (least recently used out) and short-lived: an address changed through another instance is re-checked within
 * {@link #FRESH_FOR}.
 */
final class RecordedAddresses {

    static final Duration FRESH_FOR = Duration.ofMinutes(30);
    private static final int CAPACITY = 10_000;

    private record Recorded(EmailAddress email, Instant at) {
    }

    private final Clock clock;
    private final Map<String, Recorded> bySubject = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Recorded> eldest) {
            return size() > CAPACITY;
        }
    };

    RecordedAddresses(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean isFresh(String subject, EmailAddress email) {
        Recorded recorded = bySubject.get(subject);
        return recorded != null && recorded.email().equals(email)
                && recorded.at().plus(FRESH_FOR).isAfter(clock.instant());
    }

    synchronized void remember(String subject, EmailAddress email) {
        bySubject.put(subject, new Recorded(email, clock.instant()));
    }
}
