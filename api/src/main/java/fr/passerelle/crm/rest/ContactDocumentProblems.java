package fr.passerelle.crm.rest;

import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.FileEndpointProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The contact documents' REST errors: those of every file endpoint. */
@RestControllerAdvice(assignableTypes = ContactDocumentFileController.class)
class ContactDocumentProblems extends FileEndpointProblems {

    ContactDocumentProblems(ReaderLanguages languages) {
        super(languages);
    }
}
