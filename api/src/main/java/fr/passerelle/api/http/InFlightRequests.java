package fr.passerelle.api.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests in progress per remote address. An address holds an entry only while it has a request in progress, so
 * the map never grows past the number of requests being served.
 */
final class InFlightRequests {

    private final int maxPerAddress;
    private final ConcurrentMap<String, Integer> counts = new ConcurrentHashMap<>();

    InFlightRequests(int maxPerAddress) {
        this.maxPerAddress = maxPerAddress;
    }

    /** Counts a request of this address in, unless the address already has the most allowed: then false. */
    boolean tryEnter(String address) {
        if (maxPerAddress <= 0) {
            return true;
        }
        boolean[] entered = {false};
        counts.compute(address, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maxPerAddress) {
                return count;
            }
            entered[0] = true;
            return current + 1;
        });
        return entered[0];
    }

    /** Counts out a request that {@link #tryEnter} let in. */
    void leave(String address) {
        if (maxPerAddress > 0) {
            counts.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
        }
    }
}
