package fr.passerelle.privacy.port.out;

import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** Stored data-subject requests. */
public interface DataSubjectRequests extends AggregateStore<DataSubjectRequest> {

    /** The person's requests, newest first, at most {@code limit}. */
    List<DataSubjectRequest> ofPerson(String subject, int limit);
}
