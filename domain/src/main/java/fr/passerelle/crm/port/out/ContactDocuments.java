package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/** Where contact documents' descriptions are kept (their bytes are in {@link ContactFiles}). */
public interface ContactDocuments extends ContactRecords<ContactDocument> {

    /** The contact's documents not deleted, newest first. */
    Page<ContactDocument> page(String schoolId, String contactId, Paging paging);
}
