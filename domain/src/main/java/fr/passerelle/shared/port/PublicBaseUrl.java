package fr.passerelle.shared.port;

/**
 * The platform's public address, where every absolute link it builds starts: the tutor's evaluation links, signed
 * download links, document addresses. A port because only the running server knows it (configured, or its own
 * address and actual port).
 */
public interface PublicBaseUrl {

    /**
     * The absolute address of a path of the API.
     *
     * @param path relative to the API's root, starting with {@code /} (e.g. {@code /agreements/…/document})
     */
    String resolve(String path);
}
