package fr.passerelle.shared.web;

import fr.passerelle.shared.port.PublicBaseUrl;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.env.Environment;

/**
 * {@code passerelle.public-base-url} when set (behind a proxy, the address clients use); otherwise the server's own
 * address with the port it actually listens on, read at each use because a random port ({@code PORT=0}) is known
 * only once the server started.
 */
public final class ServerPublicBaseUrl implements PublicBaseUrl {

    private final String configured;
    private final Environment environment;

    /** @throws IllegalArgumentException when the configured address is not an absolute http(s) URL */
    public ServerPublicBaseUrl(String configured, Environment environment) {
        this.configured = configured == null || configured.isBlank() ? null : validated(configured.strip());
        this.environment = environment;
    }

    @Override
    public String resolve(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path of the API starts with /: " + path);
        }
        return base() + path;
    }

    private String base() {
        if (configured != null) {
            return configured;
        }
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
        String host = environment.getProperty("server.address", "localhost");
        if (host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        // local.server.port: the port the server listens on, published when it starts.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return (tls ? "https://" : "http://") + host + ":" + port;
    }

    private static String validated(String url) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("passerelle.public-base-url must be an absolute http(s) URL "
                        + "without query or fragment, e.g. https://api.example.org; got " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("passerelle.public-base-url is not a URL: " + url, e);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
