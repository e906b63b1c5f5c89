package fr.passerelle.api;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real browser for end-to-end tests of the pages Passerelle serves: Debian's Chromium, headless, driven over the
 * DevTools protocol with the JDK's own WebSocket client (no driver, no download). One browser, one tab:
 * {@code try (var browser = HeadlessChromium.launch()) { browser.open(url); browser.evaluate("document.title"); }}.
 * <p>
 * Where Chromium is not installed the test is skipped (a JUnit assumption) — except in CI ({@code CI} set), where
 * {@code .ci/run} installs it, so its absence fails. Set {@code CHROMIUM} to use another executable. The flags are the
 * ones known to work on a machine with a closed network (no background connections, no sandbox as root).
 * <p>
 * The browser also records what went wrong on the page: uncaught exceptions, console errors and Content-Security-Policy
 * violations ({@link #problems()}), so a test can say "the page ran cleanly".
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Installed before any page script runs: CSP violations are events, not console messages, in every version. */
    private static final String RECORD_VIOLATIONS = "document.addEventListener('securitypolicyviolation', e =>"
            + " console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium, or skips the test where it is not installed (never in CI). */
    public static HeadlessChromium launch() {
        boolean installed = Files.isExecutable(EXECUTABLE);
        if (!installed && System.getenv("CI") != null) {
            fail(EXECUTABLE + " is missing in CI: .ci/run installs Debian's chromium");
        }
        assumeTrue(installed, EXECUTABLE + " is not installed (apt-get install chromium): browser test skipped");
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            Process process = new ProcessBuilder(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--remote-debugging-port=0", "about:blank")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String debuggerUrl = pageDebuggerUrl(devToolsPort(profile, process));
            var browser = new Holder();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(debuggerUrl), browser).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            browser.chromium = new HeadlessChromium(process, profile, socket);
            browser.chromium.start();
            return browser.chromium;
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Chromium did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the address in the tab and waits for its load event. */
    public HeadlessChromium open(String url) {
        return andWaitForLoad(() -> command("Page.navigate", Map.of("url", url)));
    }

    /** From now on the tab is a phone's screen (375 × 740 CSS pixels, touch, mobile viewport rules). */
    public HeadlessChromium emulatePhone() {
        command("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
        command("Emulation.setTouchEmulationEnabled", Map.of("enabled", true));
        return this;
    }

    /** Runs a script that navigates (a click on a submit button…) and waits for the next page's load event. */
    public HeadlessChromium evaluateAndWaitForLoad(String script) {
        return andWaitForLoad(() -> evaluate(script));
    }

    /** The value of a JavaScript expression in the page (awaited when it is a promise), as JSON. */
    public JsonNode evaluate(String expression) {
        JsonNode answer = command("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (answer.has("exceptionDetails")) {
            throw new AssertionError("The page threw on " + expression + ": " + answer.get("exceptionDetails"));
        }
        return answer.path("result").path("value");
    }

    /** The text of a JavaScript expression's value. */
    public String text(String expression) {
        return evaluate(expression).asString();
    }

    /** Waits until the expression is truthy in the page (a page that renders after loading: GraphiQL…). */
    public HeadlessChromium waitUntil(String expression) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!evaluate("!!(" + expression + ")").asBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still false after " + PATIENCE.toSeconds() + " s: " + expression
                        + "; page problems: " + problems + "; page: " + text("document.body.innerText"));
            }
            sleep(Duration.ofMillis(100));
        }
        return this;
    }

    /** Uncaught exceptions, console errors and CSP violations seen so far, in order. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException | InterruptedException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private void start() {
        command("Page.enable", Map.of());
        command("Runtime.enable", Map.of());
        command("Log.enable", Map.of());
        command("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    private HeadlessChromium andWaitForLoad(Runnable action) {
        loaded = new CompletableFuture<>();
        action.run();
        try {
            loaded.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The page did not load; problems: " + problems, e);
        }
        return this;
    }

    private JsonNode command(String method, Map<String, Object> params) {
        int id = ids.incrementAndGet();
        var answer = new CompletableFuture<JsonNode>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
        try {
            JsonNode message = answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            if (message.has("error")) {
                throw new AssertionError(method + " failed: " + message.get("error"));
            }
            return message.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(method + " got no answer", e);
        } finally {
            pending.remove(id);
        }
    }

    private void receive(JsonNode message) {
        if (message.has("id")) {
            var answer = pending.get(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asString()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asString())) {
                    problems.add("console: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if ("error".equals(params.path("entry").path("level").asString())) {
                    problems.add("log: " + params.path("entry").path("text").asString() + " "
                            + params.path("entry").path("url").asString());
                }
            }
            default -> {
            }
        }
    }

    /** Chromium writes its DevTools port into the profile once it listens. */
    private static int devToolsPort(Path profile, Process process) throws IOException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(file) || Files.readAllLines(file).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("Chromium did not open its DevTools port");
            }
            sleep(Duration.ofMillis(50));
        }
        return Integer.parseInt(Files.readAllLines(file).get(0).trim());
    }

    private static String pageDebuggerUrl(int port) throws IOException, InterruptedException {
        var list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
            if ("page".equals(target.path("type").asString())) {
                return target.path("webSocketDebuggerUrl").asString();
            }
        }
        throw new IllegalStateException("Chromium has no tab: " + list.body());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Receives frames (a message may come in several) before the browser object exists. */
    private static final class Holder implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private volatile HeadlessChromium chromium;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = JSON.readTree(partial.toString());
                partial.setLength(0);
                if (chromium != null) {
                    chromium.receive(message);
                }
            }
            socket.request(1);
            return null;
        }
    }
}
