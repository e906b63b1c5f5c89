package fr.passerelle.webhook.port.out;

/** Encrypts secrets the platform must use later but nobody may read back (webhook signing secrets). */
public interface SecretBox {

    String seal(String secret);

    String open(String sealed);
}
