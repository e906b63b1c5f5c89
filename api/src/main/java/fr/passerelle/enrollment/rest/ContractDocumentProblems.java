package fr.passerelle.enrollment.rest;

import fr.passerelle.api.rest.FileEndpointProblems;
import fr.passerelle.api.i18n.ReaderLanguages;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The training contract download's REST errors: those of every file endpoint (someone else's is a 404). */
@RestControllerAdvice(assignableTypes = ContractDocumentController.class)
class ContractDocumentProblems extends FileEndpointProblems {

    ContractDocumentProblems(ReaderLanguages languages) {
        super(languages);
    }
}
