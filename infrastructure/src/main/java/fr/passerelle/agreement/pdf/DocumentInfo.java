package fr.passerelle.agreement.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What a document says about itself: its properties and the label repeated in every page's footer.
 *
 * @param dated the instant the document's data was last changed, recorded as its creation and modification dates;
 *              taken from the data, never from the clock, so that rendering again gives the same bytes. Null leaves
 *              both dates out.
 */
public record DocumentInfo(String title, String subject, String author, Instant dated, String footer) {

    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(footer, "footer");
    }
}
