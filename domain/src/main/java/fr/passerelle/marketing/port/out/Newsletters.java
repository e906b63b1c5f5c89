package fr.passerelle.marketing.port.out;

import fr.passerelle.marketing.model.Newsletter;
import java.util.Optional;

/** Newsletters, as written. */
public interface Newsletters {

    void insert(Newsletter newsletter);

    Optional<Newsletter> findById(String id);

    /** Replaces the author's subject by the pseudonym on their newsletters; how many. */
    int pseudonymiseAuthor(String subject, String pseudonym);

}
