package fr.passerelle.agreement.model;

/** Where each document of an agreement is archived. */
public final class DocumentKeys {

    public static final String PDF = "application/pdf";

    private DocumentKeys() {
    }

    public static String agreement(String agreementId, int documentVersion) {
        return "agreement/" + agreementId + "/v" + documentVersion;
    }

    /** The signed original of a version: its PDF, a signature page and the platform's seal. */
    public static String signedOriginal(String agreementId, int documentVersion) {
        return agreement(agreementId, documentVersion) + "/signed";
    }

    public static String amendment(String agreementId, int number) {
        return "agreement/" + agreementId + "/amendment/" + number;
    }

    public static String attestation(String agreementId) {
        return "agreement/" + agreementId + "/attestation";
    }

    /** The scanned copy of a paper signature, by its hash: the same scan uploaded twice is kept once. */
    public static String scan(String agreementId, String scanSha256) {
        return "agreement/" + agreementId + "/scan/" + scanSha256;
    }
}
