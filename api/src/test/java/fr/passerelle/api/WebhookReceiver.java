package fr.passerelle.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on a real socket (the JDK's HttpServer on loopback): records every request per path and
 * answers as scripted — a status, or no answer at all until released (a receiver that hangs). It verifies
 * signatures with its own implementation of the Standard Webhooks specification, written from the text, not
 * sharing a line with the platform's.
 */
final class WebhookReceiver implements AutoCloseable {

    /** An answer that never comes (until the receiver closes): the platform's timeout must cut it. */
    static final int HANG = -1;

    private final HttpServer server;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of a path of this receiver (http on loopback: allowed by the dev configuration only). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The statuses to answer at the next requests to the path, in order; 200 once they are used up. */
    void script(String path, Integer... statuses) {
        scripts.put(path, new ConcurrentLinkedDeque<>(List.of(statuses)));
    }

    List<Received> at(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(
                exchange.getRequestHeaders().getFirst("webhook-id"),
                exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body));
        Integer status = scripts.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
        if (status != null && status == HANG) {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] answer = ("answer " + (status == null ? 200 : status)).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status == null ? 200 : status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }

    /** One request as it arrived. */
    record Received(String id, String timestamp, String signature, String body) {

        /**
         * Whether one of the signatures is the HMAC-SHA256, keyed with the base64-decoded part of the secret after
         * {@code whsec_}, of {@code id.timestamp.body}, as the specification defines it (compared in constant time).
         */
        boolean signedWith(String secret) {
            if (id == null || timestamp == null || signature == null) {
                return false;
            }
            try {
                Mac hmac = Mac.getInstance("HmacSHA256");
                hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.split("_", 2)[1]), "HmacSHA256"));
                byte[] expected = hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                for (String candidate : signature.split(" ")) {
                    String[] versioned = candidate.split(",", 2);
                    if (versioned.length == 2 && versioned[0].equals("v1")
                            && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                        return true;
                    }
                }
                return false;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }

        /** Whether the timestamp is within five minutes of now (the tolerance the specification suggests). */
        boolean fresh() {
            return Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) < 300;
        }
    }
}
