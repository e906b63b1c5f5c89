package fr.passerelle.api.rest;

/** The file-name extension a download offers for the content types the platform stores (PDF, PNG, JPEG). */
public final class FileExtensions {

    private FileExtensions() {
    }

    public static String of(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
    }
}
