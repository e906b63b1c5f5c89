package fr.passerelle.api.graphql.guard;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds GraphQL request bodies and refuses JSON array batching. A declared length over the limit is refused
 * with 413 before reading; a body without a length is cut off at the limit. A body starting with {@code [} is a
 * batch (many operations in one request, multiplying every other guard) and is refused with 400.
 */
final class RequestSizeGuard extends OncePerRequestFilter {

    private final long maxBytes;

    RequestSizeGuard(DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            reject(request, response, HttpStatus.CONTENT_TOO_LARGE, "Request body exceeds " + maxBytes + " bytes");
            return;
        }
        var bounded = new BoundedRequest(request, maxBytes);
        if (bounded.startsWithArray()) {
            reject(request, response, HttpStatus.BAD_REQUEST, "Batched requests (a JSON array) are not supported");
            return;
        }
        chain.doFilter(bounded, response);
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String message) throws IOException {
        ErrorReplies.write(request, response, new Refusal(status, "BAD_REQUEST", "bad-request", "Bad request", message));
    }

    /** The request with a body that fails once more than {@code maxBytes} are read; it can peek at the first byte. */
    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final ServletInputStream in;

        BoundedRequest(HttpServletRequest request, long maxBytes) throws IOException {
            super(request);
            this.in = new BoundedStream(request.getInputStream(), maxBytes);
        }

        boolean startsWithArray() throws IOException {
            int first;
            do {
                in.mark(1);
                first = in.read();
            } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
            in.reset();
            return first == '[';
        }

        @Override
        public ServletInputStream getInputStream() {
            return in;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final java.io.BufferedInputStream delegate;
        private final ServletInputStream source;
        private final long maxBytes;
        private long read;
        private long markedAt;

        BoundedStream(ServletInputStream source, long maxBytes) {
            this.source = source;
            this.delegate = new java.io.BufferedInputStream(source);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0 && ++read > maxBytes) {
                throw new IOException("Request body exceeds " + maxBytes + " bytes");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0 && (read += n) > maxBytes) {
                throw new IOException("Request body exceeds " + maxBytes + " bytes");
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public synchronized void mark(int limit) {
            delegate.mark(limit);
            markedAt = read;
        }

        @Override
        public synchronized void reset() throws IOException {
            delegate.reset();
            read = markedAt;
        }

        @Override
        public boolean isFinished() {
            return source.isFinished();
        }

        @Override
        public boolean isReady() {
            return source.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            source.setReadListener(listener);
        }
    }
}
