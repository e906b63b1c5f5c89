package fr.passerelle.api.http;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one client may take of the server's connections and worker threads.
 *
 * @param bodyDeadline total time the reads of one request body may wait for the client; a body trickled in a byte
 *                     at a time never resets it (Tomcat's own read timeout, {@code server.tomcat.connection-timeout},
 *                     only bounds the wait for each read)
 * @param maxRequestsPerAddress requests one remote address may have in progress at once (each holds a worker thread
 *                              while its body is read); beyond, 429 at once. Zero or less: no cap
 */
@ConfigurationProperties("passerelle.http")
public record TransportSettings(Duration bodyDeadline, int maxRequestsPerAddress) {

    public TransportSettings {
        bodyDeadline = bodyDeadline != null && !bodyDeadline.isNegative() && !bodyDeadline.isZero() ? bodyDeadline : Duration.ofSeconds(60);
    }
}
