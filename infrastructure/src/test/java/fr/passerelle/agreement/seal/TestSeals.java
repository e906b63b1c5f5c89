package fr.passerelle.agreement.seal;

/** A self-signed seal for tests, made once per test JVM (key generation is the slow part). */
public final class TestSeals {

    private static final DocumentSeal SEAL = SealKeys.selfSigned("Passerelle test seal");

    private TestSeals() {
    }

    public static DocumentSeal seal() {
        return SEAL;
    }
}
