package fr.passerelle.api.http;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * Tomcat's request body source, failing once the body has taken longer than the deadline since its first read. Every
 * body read goes through it — the servlet stream and reader, but also form parameters and multipart parts, which
 * Tomcat parses without any servlet filter seeing the stream. A {@link SocketTimeoutException} makes Tomcat answer
 * 408 and close the connection.
 */
final class DeadlineInputBuffer implements InputBuffer {

    private final InputBuffer source;
    private final long deadlineNanos;
    private final LongSupplier nanoClock;
    private long firstReadAt;
    private boolean started;

    DeadlineInputBuffer(InputBuffer source, Duration deadline, LongSupplier nanoClock) {
        this.source = source;
        this.deadlineNanos = deadline.toNanos();
        this.nanoClock = nanoClock;
    }

    InputBuffer source() {
        return source;
    }

    @Override
    public int doRead(ApplicationBufferHandler handler) throws IOException {
        long now = nanoClock.getAsLong();
        if (!started) {
            started = true;
            firstReadAt = now;
        } else if (now - firstReadAt > deadlineNanos) {
            throw new SocketTimeoutException("The request body took longer than "
                    + Duration.ofNanos(deadlineNanos) + " to arrive");
        }
        return source.doRead(handler);
    }

    @Override
    public int available() {
        return source.available();
    }
}
