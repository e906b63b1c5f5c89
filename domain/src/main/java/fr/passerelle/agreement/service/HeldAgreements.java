package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The agreements an actor may read, once legal holds are counted: {@link AgreementAccess#canRead} decides, and a
 * signed agreement kept under a hold after its learner's erasure is read only by the school's staff and platform
 * admins ({@link AgreementAccess#canReadHeld}). Its follow-up and files are reached through it, so they follow; so
 * does the tutor's evaluation link.
 * Lists ask for the marks once, and only about agreements the actor reads through the company or a signature.
 */
final class HeldAgreements {

    /** The collection the agreement provider marks a held agreement in. */
    static final String COLLECTION = "agreements";

    private final RestrictedRecords restrictions;

    HeldAgreements(RestrictedRecords restrictions) {
        this.restrictions = restrictions;
    }

    Optional<Agreement> readable(Actor actor, Optional<Agreement> agreement) {
        return agreement.filter(a -> !readable(actor, List.of(a)).isEmpty());
    }

    List<Agreement> readable(Actor actor, Collection<Agreement> agreements) {
        List<Agreement> readable = agreements.stream().filter(a -> AgreementAccess.canRead(actor, a)).toList();
        Set<String> held = heldAmong(actor, readable);
        return held.isEmpty() ? readable : readable.stream()
                .filter(a -> !held.contains(a.id()) || AgreementAccess.canReadHeld(actor, a)).toList();
    }

    /**
     * A page the store filtered by the actor's visibility, without the held agreements they may no longer read. The
     * keys of the items left keep the cursors valid; the page may come shorter than asked.
     */
    Page<Agreement> readable(Actor actor, Page<Agreement> page) {
        Set<String> held = heldAmong(actor, page.items());
        if (held.isEmpty()) {
            return page;
        }
        List<Agreement> items = new ArrayList<>();
        List<Keyset> keys = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            Agreement agreement = page.items().get(i);
            if (!held.contains(agreement.id()) || AgreementAccess.canReadHeld(actor, agreement)) {
                items.add(agreement);
                keys.add(page.keys().get(i));
            }
        }
        return new Page<>(items, keys, page.hasNextPage(), page.hasPreviousPage());
    }

    /** How many store pages a list reads at most to find one the reader may see. */
    static final int PAGES_READ_ON = 10;

    /**
     * The paging that reads on past {@code stored} in the direction {@code paging} reads, or null when the store has
     * nothing more that way.
     */
    static Paging readOnFrom(Page<Agreement> stored, Paging paging) {
        if (stored.keys().isEmpty()) {
            return null;
        }
        if (paging.backward()) {
            return stored.hasPreviousPage() ? Paging.last(paging.size(), stored.keys().get(0)) : null;
        }
        return stored.hasNextPage() ? Paging.first(paging.size(), stored.keys().get(stored.keys().size() - 1)) : null;
    }

    /** Whether a legal hold restricts the agreement: what is reached without an account (a tutor's link) closes. */
    boolean isHeld(String agreementId) {
        return !restrictions.restrictedAmong(COLLECTION, List.of(agreementId)).isEmpty();
    }

    /** The held ones among those the actor would read without the school: nothing to ask for the school's staff. */
    private Set<String> heldAmong(Actor actor, Collection<Agreement> agreements) {
        List<String> outsideTheSchool = agreements.stream().filter(a -> !AgreementAccess.canReadHeld(actor, a))
                .map(Agreement::id).toList();
        return outsideTheSchool.isEmpty() ? Set.of() : restrictions.restrictedAmong(COLLECTION, outsideTheSchool);
    }
}
