package fr.passerelle.agreement.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Reads a seal from a PKCS#12 key store, or makes a self-signed one (dev, or a process without configuration). */
final class SealKeys {

    static final String DEV_ALIAS = "passerelle-seal";
    /** The dev seal's file is protected by its permissions (owner only), as the dev issuer's key is. */
    static final char[] DEV_PASSWORD = "passerelle-dev-seal".toCharArray();
    private static final Duration VALIDITY = Duration.ofDays(3650);

    private SealKeys() {
    }

    static DocumentSeal load(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String chosen = alias != null ? alias : Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No private key in the seal's key store " + file));
            if (!(store.getKey(chosen, password) instanceof PrivateKey key)) {
                throw new IllegalStateException("No private key '" + chosen + "' in the seal's key store " + file);
            }
            Certificate[] chain = store.getCertificateChain(chosen);
            return new DocumentSeal(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the seal's key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the seal's key store " + file, e);
        }
    }

    /** The seal kept in this file, generated (readable by its owner only) on the first start. */
    static DocumentSeal kept(Path file) {
        if (!Files.exists(file)) {
            DocumentSeal made = selfSigned("Passerelle document seal (dev)");
            try {
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                    restrictToOwner(file);
                    KeyStore store = KeyStore.getInstance("PKCS12");
                    store.load(null, null);
                    store.setKeyEntry(DEV_ALIAS, made.key(), DEV_PASSWORD, made.chain().toArray(Certificate[]::new));
                    store.store(out, DEV_PASSWORD);
                }
            } catch (FileAlreadyExistsException anotherStartWroteIt) {
                // Read what it wrote.
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the seal in " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot keep the seal in " + file, e);
            }
        }
        return load(file, DEV_PASSWORD, DEV_ALIAS);
    }

    /** A new P-256 key with a self-signed certificate, valid ten years, for signing documents only. */
    static DocumentSeal selfSigned(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + commonName + ", O=Passerelle");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()).abs(),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new DocumentSeal(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot make a seal", e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply.
        }
    }
}
