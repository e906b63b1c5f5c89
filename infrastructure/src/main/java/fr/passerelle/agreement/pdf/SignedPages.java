package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignedDocument;
import java.util.Objects;
import java.util.function.Function;

/**
 * A document signed by every party of its circuit, as its signature page and seal describe it: agreements and
 * training contracts go through the same page and the same seal, each naming itself and its parties.
 *
 * @param reference the document and its version, e.g. "Convention de stage agr-1, version 2"
 * @param contents  what the pages before the signature page are, e.g. "la convention telle que les parties l'ont
 *                  signée"
 * @param roleNames what each signatory's role is called in this document
 */
public record SignedPages(String reference, String contents, SignedDocument signing,
                          Function<SignatoryRole, String> roleNames) {

    public SignedPages {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contents, "contents");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(roleNames, "roleNames");
    }
}
