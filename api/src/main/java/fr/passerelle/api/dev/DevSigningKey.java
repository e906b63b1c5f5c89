package fr.passerelle.api.dev;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The dev issuer's RSA key. With a store on disk it is kept beside the data ({@code dev-issuer-key.jwk}, readable by
 * the owner only), so tokens issued before a restart stay valid after it, as they would with a real identity
 * provider; with an in-memory store (tests) it lives and dies with the process.
 */
final class DevSigningKey {

    static final String FILE_NAME = "dev-issuer-key.jwk";

    private DevSigningKey() {
    }

    /** @param dataDir the store's directory, or empty for an in-memory store */
    static RSAKey loadOrCreate(Optional<Path> dataDir) {
        if (dataDir.isEmpty()) {
            return generate();
        }
        Path file = dataDir.get().resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            Files.createDirectories(dataDir.get());
            writeOwnerOnly(file, key.toJSONString());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the dev issuer's key in " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The dev issuer's key file " + file + " is unreadable: delete it to "
                    + "start with a new key (tokens issued with the old one will be refused)", e);
        }
    }

    /** Written aside then moved, so a crash never leaves half a key that would block the next start. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        Files.writeString(partial, content, StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("RSA is unavailable", e);
        }
    }
}
