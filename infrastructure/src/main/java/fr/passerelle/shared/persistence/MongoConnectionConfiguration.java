package fr.passerelle.shared.persistence;

import com.mongodb.ConnectionString;
import com.mongodb.MongoCredential;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import de.bwaldvogel.mongo.MongoBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the database: the configured MongoDB replica set, or, when no URI is configured, an in-process
 * MongoDB-wire server (mongo-java-server) on a durable H2 file store, reachable only with this process's own secret. Boot's Mongo auto-configuration connects to
 * whichever {@link MongoConnectionDetails} this provides.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoSettings.class)
class MongoConnectionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MongoConnectionConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(MongoUriCondition.Configured.class)
    static class External {

        @Bean
        MongoConnectionDetails mongoConnectionDetails(MongoSettings settings) {
            var connectionString = new ConnectionString(settings.uri());
            return () -> connectionString;
        }

        /** Acknowledged means replicated to a majority: an acknowledged write survives a primary failover. */
        @Bean
        MongoClientSettingsBuilderCustomizer durableWrites() {
            return builder -> builder.writeConcern(WriteConcern.MAJORITY)
                    .readConcern(ReadConcern.MAJORITY)
                    .retryWrites(true)
                    .retryReads(true);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(MongoUriCondition.Missing.class)
    static class Embedded {

        /** The password of this process's connections to its embedded server; never stored, never logged. */
        private final String secret = randomSecret();

        @Bean(destroyMethod = "shutdown")
        EmbeddedMongoServer embeddedMongoServer(MongoSettings settings, Environment environment) {
            EmbeddedMongoServer server = EmbeddedMongoServer.start(backend(settings, mode(environment)), secret);
            if (!settings.inMemory()) {
                log.info("No MongoDB URI configured (MONGODB_URI): started the embedded MongoDB-wire server on {} "
                        + "with its durable H2 store in {}", server.address(), settings.dataDir().toAbsolutePath());
            }
            return server;
        }

        @Bean
        MongoConnectionDetails mongoConnectionDetails(EmbeddedMongoServer embeddedMongoServer) {
            InetSocketAddress address = embeddedMongoServer.address();
            var connectionString = new ConnectionString(
                    "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + MongoSettings.DATABASE);
            return () -> connectionString;
        }

        /** The credential the embedded server's gate expects (kept out of the connection string, which gets logged). */
        @Bean
        MongoClientSettingsBuilderCustomizer embeddedServerCredential() {
            return builder -> builder.credential(
                    MongoCredential.createPlainCredential(PlainAuthenticationGate.USER, "$external", secret.toCharArray()));
        }

        private static StoreMode mode(Environment environment) {
            return environment.getProperty("passerelle.security.dev-issuer", Boolean.class, false)
                    ? StoreMode.DEVELOPMENT : StoreMode.PRODUCTION;
        }

        private static MongoBackend backend(MongoSettings settings, StoreMode mode) {
            if (settings.inMemory()) {
                return new QuietMemoryBackend();
            }
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + settings.dataDir(), e);
            }
            return DurableH2Backend.open(settings.dataDir().resolve(MongoSettings.DATABASE + ".mv"), mode);
        }

        private static String randomSecret() {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
