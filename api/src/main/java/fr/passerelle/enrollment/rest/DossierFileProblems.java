package fr.passerelle.enrollment.rest;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.FileEndpointProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The dossier files' REST errors: those of every file endpoint. */
@RestControllerAdvice(assignableTypes = DossierFileController.class)
class DossierFileProblems extends FileEndpointProblems {

    DossierFileProblems(ReaderLanguages languages) {
        super(languages);
    }
}
