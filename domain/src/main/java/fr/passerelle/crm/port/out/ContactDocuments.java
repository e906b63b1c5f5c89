package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Set;

/** Where contact documents' descriptions are kept (their bytes are in {@link ContactFiles}). */
public interface ContactDocuments extends ContactRecords<ContactDocument> {

    /** The contact's documents of these types not deleted, newest first. */
    Page<ContactDocument> page(String schoolId, String contactId, Set<ContactDocumentType> types, Paging paging);
}
