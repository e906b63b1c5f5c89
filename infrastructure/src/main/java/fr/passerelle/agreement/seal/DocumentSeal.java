package fr.passerelle.agreement.seal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/** The key the platform seals its documents with, and its certificate chain (the seal's own certificate first). */
public record DocumentSeal(PrivateKey key, List<X509Certificate> chain) {

    public DocumentSeal {
        Objects.requireNonNull(key, "key");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a seal needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The signature algorithm for this key: ECDSA or RSA, always with SHA-256. */
    String signatureAlgorithm() {
        return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }
}
