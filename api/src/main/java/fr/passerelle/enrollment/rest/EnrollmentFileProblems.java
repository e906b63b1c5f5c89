package fr.passerelle.enrollment.rest;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.FileEndpointProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The enrollment's file endpoints' REST errors (dossier files, the training contract's download): those of every file
 * endpoint, someone else's file being a 404 as a missing one.
 */
@RestControllerAdvice(assignableTypes = {DossierFileController.class, ContractDocumentController.class})
class EnrollmentFileProblems extends FileEndpointProblems {

    EnrollmentFileProblems(ReaderLanguages languages) {
        super(languages);
    }
}
