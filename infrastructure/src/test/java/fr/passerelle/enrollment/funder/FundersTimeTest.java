package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The funders' time moves forward for a test, and is rewound after it so later tests start on the platform's time. */
class FundersTimeTest {

    @Test
    void aRewindPutsTheFundersBackOnThePlatformsTime() {
        Instant now = Instant.parse("2026-12-07T09:00:00Z");
        FundersTime time = new FundersTime(new MutableClock(now));
        time.advance(Duration.ofDays(17));
        assertThat(time.clock().instant()).isEqualTo(now.plus(Duration.ofDays(17)));

        time.rewind();

        assertThat(time.clock().instant()).isEqualTo(now);
    }
}
