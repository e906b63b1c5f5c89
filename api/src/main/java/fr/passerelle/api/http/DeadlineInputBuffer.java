package fr.passerelle.api.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Tomcat's request body source, failing once the reads of this body have waited longer than the deadline in total.
 * The time the application spends between two reads does not count: only the client's slowness does. Every body
 * read goes through it — the servlet stream and reader, but also form parameters and multipart parts, which Tomcat
 * parses without any servlet filter seeing the stream. A {@link SocketTimeoutException} makes Tomcat answer 408 and
 * close the connection.
 */
final class DeadlineInputBuffer implements InputBuffer {

    private final InputBuffer source;
    private final long deadlineNanos;
    private final LongSupplier nanoClock;
    private long waitedNanos;

    DeadlineInputBuffer(InputBuffer source, Duration deadline, LongSupplier nanoClock) {
        this.source = source;
        this.deadlineNanos = deadline.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
        if (waitedNanos > deadlineNanos) {
            throw new SocketTimeoutException("The request body took longer than "
                    + Duration.ofNanos(deadlineNanos) + " to arrive");
        }
        long start = nanoClock.getAsLong();
        try {
            return source.doRead(handler);
        } finally {
            waitedNanos += nanoClock.getAsLong() - start;
        }
    }

    @Override
    public int available() {
        return source.available();
    }
}
