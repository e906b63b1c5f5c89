package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.shared.port.AggregateStore;

/** Where each school's lifecycle target kinds are kept (by the school's id); absent until a school sets its own. */
public interface LifecycleTargetLists extends AggregateStore<LifecycleTargets> {
}
