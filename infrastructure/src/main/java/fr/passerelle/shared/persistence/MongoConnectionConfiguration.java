package fr.passerelle.shared.persistence;

import com.mongodb.ConnectionString;
import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: the configured MongoDB replica set, or, when no URI is configured, an in-process
 * MongoDB-wire server (mongo-java-server) on a durable H2 file store. Boot's Mongo auto-configuration connects to
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

        @Bean(destroyMethod = "shutdown")
        MongoServer embeddedMongoServer(MongoSettings settings) {
            MongoServer server = new MongoServer(backend(settings));
            InetSocketAddress address = server.bind();
            if (!settings.inMemory()) {
                log.info("No MongoDB URI configured (MONGODB_URI): started the embedded MongoDB-wire server on {} "
                        + "with its durable H2 store in {}", address, settings.dataDir().toAbsolutePath());
            }
            return server;
        }

        @Bean
        MongoConnectionDetails mongoConnectionDetails(MongoServer embeddedMongoServer) {
            InetSocketAddress address = embeddedMongoServer.getLocalAddress();
            var connectionString = new ConnectionString(
                    "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + MongoSettings.DATABASE);
            return () -> connectionString;
        }

        private static MongoBackend backend(MongoSettings settings) {
            if (settings.inMemory()) {
                return new MemoryBackend();
            }
            try {
                Files.createDirectories(settings.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + settings.dataDir(), e);
            }
            return DurableH2Backend.open(settings.dataDir().resolve(MongoSettings.DATABASE + ".mv"));
        }
    }
}
