package fr.passerelle.catalog.port.in;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.List;
import java.util.Optional;

/**
 * What anyone may read of a school's catalogue, without an account: its published programmes, by title, each with its
 * sessions open for enrollment. Seats appear as a band, holders and trainers never.
 */
public interface PublicCatalogue {

    /** A published programme with its open sessions (by start date, at most {@link #SESSIONS_PER_PROGRAMME}). */
    record Entry(Programme programme, List<OpenSession> openSessions) {
    }

    int SESSIONS_PER_PROGRAMME = 20;

    /** Empty when the school does not exist. */
    Optional<Page<Entry>> of(String schoolId, Paging paging);
}
