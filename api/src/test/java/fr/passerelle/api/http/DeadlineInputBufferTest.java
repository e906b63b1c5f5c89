package fr.passerelle.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.junit.jupiter.api.Test;

class DeadlineInputBufferTest {

    private long now = 0;

    /** A client sending one byte per read, after making each read wait this long. */
    private InputBuffer clientWaiting(Duration perRead) {
        return new InputBuffer() {
            @Override
            public int doRead(ApplicationBufferHandler handler) {
                now += perRead.toNanos();
                return 1;
            }

            @Override
            public int available() {
                return 0;
            }
        };
    }

    @Test
    void aTrickledBodyIsCutOnceItsReadsHaveWaitedTheDeadlineInTotal() throws Exception {
        var body = new DeadlineInputBuffer(clientWaiting(Duration.ofSeconds(2)), Duration.ofSeconds(5), () -> now);
        for (int i = 0; i < 3; i++) {
            assertThat(body.doRead(ApplicationBufferHandler.EMPTY)).isEqualTo(1);
        }
        assertThatThrownBy(() -> body.doRead(ApplicationBufferHandler.EMPTY)).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void theApplicationsOwnTimeBetweenReadsDoesNotCount() throws Exception {
        var body = new DeadlineInputBuffer(clientWaiting(Duration.ofMillis(1)), Duration.ofSeconds(5), () -> now);
        for (int i = 0; i < 10; i++) {
            body.doRead(ApplicationBufferHandler.EMPTY);
            now += TimeUnit.SECONDS.toNanos(60);
        }
        assertThat(body.doRead(ApplicationBufferHandler.EMPTY)).isEqualTo(1);
    }
}
