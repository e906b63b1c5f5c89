package fr.passerelle.api;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-driven HTTP/1.1 connection for the hostile clients no HTTP library plays: a body announced but sent a byte at
 * a time, or never finished. Reads wait at most {@link #PATIENCE_MS}, so a server that never answers fails the test
 * instead of hanging it.
 */
final class RawHttpClient implements Closeable {

    static final int PATIENCE_MS = 10_000;

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader in;

    private RawHttpClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /**
     * Opens a connection and sends a request's head announcing a body of {@code contentLength} bytes (JSON unless the
     * headers name another {@code Content-Type}), with
     * {@code X-Forwarded-For: clientAddress} (the test server trusts the loopback proxy, so this names the client).
     */
    static RawHttpClient start(int port, String method, String path, String clientAddress, long contentLength,
                               Map<String, String> headers) {
        try {
            var client = new RawHttpClient(new Socket("localhost", port));
            client.socket.setSoTimeout(PATIENCE_MS);
            var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Content-Length: ").append(contentLength).append("\r\n")
                    .append("X-Forwarded-For: ").append(clientAddress).append("\r\n");
            Map<String, String> all = new LinkedHashMap<>(Map.of("Content-Type", "application/json"));
            all.putAll(headers);
            all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            client.out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            client.out.flush();
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends some body bytes; false once the server has closed the connection. */
    boolean send(String bytes) {
        try {
            out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    /** The answer's status line and headers (names in lower case); the body is left unread. */
    Head readHead() {
        try {
            String statusLine = in.readLine();
            if (statusLine == null) {
                throw new IllegalStateException("The connection closed without an answer");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            return new Head(Integer.parseInt(statusLine.split(" ")[1]), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server closes the connection (end of stream after whatever it still sends) within the patience. */
    boolean closedByServer() {
        try {
            while (in.read() >= 0) {
                // the rest of the answer
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test's connection
        }
    }

    record Head(int status, Map<String, String> headers) {
    }
}
