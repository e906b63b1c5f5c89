package fr.passerelle.agreement.graphql;

/**
 * Where the REST API serves an agreement's documents, as paths from the API's root (GraphQL hands them out as
 * absolute links, see {@link DocumentLinksController}); the same authorization as the agreement applies there.
 */
public final class DocumentUrls {

    private DocumentUrls() {
    }

    public static String agreement(String agreementGlobalId) {
        return "/agreements/" + agreementGlobalId + "/document";
    }

    public static String amendment(String agreementGlobalId, int number) {
        return "/agreements/" + agreementGlobalId + "/amendments/" + number + "/document";
    }

    public static String scan(String agreementGlobalId, String scanSha256) {
        return "/agreements/" + agreementGlobalId + "/scans/" + scanSha256;
    }

    public static String attestation(String agreementGlobalId) {
        return "/agreements/" + agreementGlobalId + "/attestation";
    }
}
