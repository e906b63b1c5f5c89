package fr.passerelle.crm.persistence;

import fr.passerelle.crm.port.out.TimelineContacts;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The timeline's view of contacts until the contacts part is joined: it knows none, so every contact looks missing
 * and nothing can be filed. Replaced, at integration, by an adapter over the contacts part's ports (its contact
 * references, and its in-port recording a contact's last interaction).
 */
@org.springframework.stereotype.Component
class NoContactsYet implements TimelineContacts {

    @Override
    public Optional<String> schoolOf(String contactId) {
        return Optional.empty();
    }

    @Override
    public Set<String> existing(String schoolId, Collection<String> contactIds) {
        return Set.of();
    }

    @Override
    public List<ContactKey> linkedTo(String schoolId, String learnerId, String accountSubject) {
        return List.of();
    }

    @Override
    public List<ContactKey> ofPerson(Collection<String> learnerIds, String accountSubject) {
        return List.of();
    }

    @Override
    public void interactedAt(String schoolId, String contactId, Instant at) {
        // Nothing to tell: no contact exists here.
    }
}
