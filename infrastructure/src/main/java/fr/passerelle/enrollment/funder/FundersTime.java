package fr.passerelle.enrollment.funder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The funders' fakes' time: the platform's clock, moved forward by hand to let their deadlines pass (France
 * Travail's answer on the 10th day, the training account's automatic cancellation after 2 working days) without
 * waiting for them, in dev and in end-to-end tests. Only the fakes read it ({@link #clock()}): the platform's own
 * dates stay on its clock, as they would beside the real services' own clocks. Not a {@link Clock} bean itself, so it
 * never stands in for the platform's.
 *
 * <p>Dev and test only: it exists beside the fakes, which stand in only while no real adapter is configured; a real
 * funder's service keeps its own time, which nothing here moves.
 */
public final class FundersTime {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return base.instant().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the funders' clock keeps the platform's zone");
        }
    };

    public FundersTime(Clock base) {
        this.base = base;
    }

    /** Moves the funders' time forward; it never goes back. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the funders' time only moves forward");
        }
        ahead = ahead.plus(duration);
    }

    /**
     * Back on the platform's time: for tests only (package-private, reached through a test helper in this package), so
     * a test that moved the funders' time leaves none of it to the later tests of the shared context.
     */
    void rewind() {
        ahead = Duration.ZERO;
    }

    /** The clock the fakes run on. */
    public Clock clock() {
        return clock;
    }
}
