package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.shared.port.AggregateStore;

/** Where training contracts are kept: one document per enrollment, under the enrollment's id. */
public interface TrainingContracts extends AggregateStore<TrainingContract> {
}
