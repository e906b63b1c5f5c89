package fr.passerelle.bench.harness;

import com.sun.net.httpserver.HttpServer;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.webhook.model.WebhookEventTypes;
import fr.passerelle.webhook.port.in.WebhookUseCases;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;

/**
 * A partner's webhook receiver on this machine: an HTTP server on a loopback port answering 200 to every message and
 * counting them, so that the application's deliveries run end to end (fan-out, signed POST, outcome recorded) as they
 * would for a real subscriber. The dev profile the bench starts the application in lets endpoints on loopback be
 * registered (never production).
 */
public final class WebhookSink implements AutoCloseable {

    /** Registers the endpoints as a platform admin would for an organisation. */
    private static final Actor ADMIN = new Actor("system:bench", "Bench", null, Set.of(PlatformRole.PLATFORM_ADMIN),
            List.of());

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    /** Messages received, by the path of the organisation's endpoint. */
    private final Map<String, LongAdder> received = new ConcurrentHashMap<>();

    private WebhookSink() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.transferTo(OutputStream.nullOutputStream());
            }
            received.computeIfAbsent(exchange.getRequestURI().getPath(), path -> new LongAdder()).increment();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(executor);
        server.start();
    }

    public static WebhookSink start() {
        return new WebhookSink();
    }

    /** Subscribes the organisation to every event type offered, delivered here. */
    public void subscribe(RunningApp app, Tenant organisation) {
        app.bean(WebhookUseCases.class).register(ADMIN, organisation,
                "http://localhost:" + server.getAddress().getPort() + path(organisation), WebhookEventTypes.ALL);
    }

    /** Messages received so far by every endpoint. */
    public long received() {
        return received.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Messages received so far by the organisation's endpoint. */
    public long received(Tenant organisation) {
        LongAdder count = received.get(path(organisation));
        return count == null ? 0 : count.sum();
    }

    private static String path(Tenant organisation) {
        return "/" + organisation.key().replace(':', '-');
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
