package fr.passerelle.shared.persistence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Passerelle's data lives.
 *
 * @param uri a MongoDB connection string (replica set); when blank the embedded server starts instead
 * @param dataDir where the embedded server keeps its H2 file store
 * @param inMemory embedded server without any file (tests)
 */
@ConfigurationProperties("passerelle.mongodb")
public record MongoSettings(String uri, Path dataDir, boolean inMemory) {

    public static final String DATABASE = "passerelle";

    public MongoSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
