package fr.passerelle.testing;

import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.crm.port.out.LifecycleTargetLists;

/** Lifecycle target lists in a map. */
public class InMemoryTargets extends InMemoryStore<LifecycleTargets> implements LifecycleTargetLists {

    public InMemoryTargets() {
        super("id", LifecycleTargets::id, (t, version) -> new LifecycleTargets(t.id(), t.kinds(), t.createdAt(),
                t.updatedAt(), version));
    }
}
