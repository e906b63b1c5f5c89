package fr.passerelle.api;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real GraphQL-over-WebSocket client of the running API (protocol {@code graphql-transport-ws}), on the JDK's own
 * WebSocket: it connects, sends {@code connection_init} with a bearer token, subscribes, and collects what the server
 * sends (answering pings) and how the server closed the socket.
 */
public final class GraphQlWebSocket implements AutoCloseable {

    public static final String SUBPROTOCOL = "graphql-transport-ws";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BlockingQueue<Message> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    private GraphQlWebSocket(int port) {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols(SUBPROTOCOL)
                    .connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), new Listener())
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("WebSocket handshake failed", e);
        }
    }

    /** Opens a socket to {@code ws://localhost:<port>/graphql}; nothing is sent yet. */
    public static GraphQlWebSocket open(int port) {
        return new GraphQlWebSocket(port);
    }

    /** Opens a socket and authenticates it with the token; fails unless the server acknowledges. */
    public static GraphQlWebSocket connect(int port, String token) {
        GraphQlWebSocket client = open(port);
        client.init(token);
        Message answer = client.next(Duration.ofSeconds(10))
                .orElseThrow(() -> new AssertionError("no answer to connection_init; closed with " + client.closeCode(Duration.ZERO)));
        if (!answer.type().equals("connection_ack")) {
            throw new AssertionError("connection_init answered with " + answer);
        }
        return client;
    }

    /** Sends {@code connection_init}, with {@code {"Authorization": "Bearer <token>"}} unless the token is null. */
    public void init(String token) {
        initWith(token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /** Sends {@code connection_init} with this payload. */
    public void initWith(Map<String, Object> payload) {
        send(Map.of("type", "connection_init", "payload", payload));
    }

    /** Starts an operation; returns its id. */
    public String subscribe(String document) {
        return subscribe(document, Map.of());
    }

    /** Starts an operation with variables; returns its id. */
    public String subscribe(String document, Map<String, Object> variables) {
        String id = UUID.randomUUID().toString();
        send(Map.of("id", id, "type", "subscribe", "payload", Map.of("query", document, "variables", variables)));
        return id;
    }

    /** The next message the server sent, waiting at most this long. */
    public Optional<Message> next(Duration wait) {
        try {
            return Optional.ofNullable(received.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first message matching the condition within the wait (skipping others); fails if none comes. */
    public Message await(Predicate<Message> wanted, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Message> skipped = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Optional<Message> next = left > 0 ? next(Duration.ofNanos(left)) : Optional.empty();
            if (next.isEmpty()) {
                throw new AssertionError("no matching message within " + wait + "; received meanwhile: " + skipped);
            }
            if (wanted.test(next.get())) {
                return next.get();
            }
            skipped.add(next.get());
        }
    }

    /** Everything the server sends during the window (an empty list proves it stayed silent that long). */
    public List<Message> collect(Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        List<Message> messages = new ArrayList<>();
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            next(Duration.ofNanos(left)).ifPresent(messages::add);
        }
        return messages;
    }

    /** Everything received so far and not yet read. */
    public List<Message> drain() {
        List<Message> messages = new ArrayList<>();
        received.drainTo(messages);
        return messages;
    }

    /** The status code the server closed the socket with, once it did within the wait. */
    public Optional<Integer> closeCode(Duration wait) {
        try {
            return Optional.of(closeCode.get(Math.max(wait.toMillis(), 1), TimeUnit.MILLISECONDS));
        } catch (TimeoutException notClosed) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            } catch (Exception alreadyGone) {
                // The server closed first: nothing left to say.
            }
        }
        socket.abort();
    }

    private synchronized void send(Map<String, Object> message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    /** One protocol message as received: its type, operation id, and the raw JSON for JSON-path reads. */
    public record Message(String type, String id, String json) {

        static Message parse(String json) {
            return new Message(JsonPath.read(json, "$.type"), optional(json, "$.id"), json);
        }

        public <T> T read(String path) {
            return JsonPath.read(json, path);
        }

        private static String optional(String json, String path) {
            try {
                return JsonPath.read(json, path);
            } catch (PathNotFoundException absent) {
                return null;
            }
        }

        @Override
        public String toString() {
            return json;
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Message message = Message.parse(partial.toString());
                partial.setLength(0);
                if (message.type().equals("ping")) {
                    send(Map.of("type", "pong"));
                } else {
                    received.add(message);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
