package fr.passerelle.membership.service;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.model.TenantType;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Tenancy rules of one kind of organisation (schools, companies), shared by their use cases: platform admins and
 * advisors read all of them, members read their own, platform admins and the members whose role manages it
 * manage one. An organisation the actor may not read is reported exactly like a missing one.
 */
public final class OrganisationAccess<T extends Aggregate> {

    private final TenantType type;
    private final AggregateStore<T> store;

    public OrganisationAccess(TenantType type, AggregateStore<T> store) {
        this.type = type;
        this.store = store;
    }

    public Optional<T> find(Actor actor, String id) {
        return actor.canRead(tenant(id)) ? store.findById(id) : Optional.empty();
    }

    public List<T> findAll(Actor actor, Collection<String> ids) {
        List<String> readable = ids.stream().filter(id -> actor.canRead(tenant(id))).toList();
        return readable.isEmpty() ? List.of() : store.findAllById(readable);
    }

    /** @throws NotFoundException when it does not exist or the actor may not read it */
    public T readable(Actor actor, String id) {
        return find(actor, id).orElseThrow(() -> new NotFoundException(typeName(), id));
    }

    /** @throws ForbiddenException when the actor may read it but not manage it */
    public T manageable(Actor actor, String id) {
        T organisation = readable(actor, id);
        if (!actor.canManage(tenant(id))) {
            throw new ForbiddenException("error.forbidden.organisation");
        }
        return organisation;
    }

    /**
     * Runs a search restricted to what the actor may read: everything for platform-wide readers (the search gets
     * {@code null}), the actor's own organisations otherwise, and no query at all for someone with none.
     */
    public Page<T> search(Actor actor, Function<Set<String>, Page<T>> search) {
        if (actor.readsEverything()) {
            return search.apply(null);
        }
        Set<String> own = actor.tenantIds(type);
        return own.isEmpty() ? Page.empty() : search.apply(own);
    }

    private Tenant tenant(String id) {
        return new Tenant(type, id);
    }

    private String typeName() {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
