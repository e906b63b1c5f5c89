package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Interaction;

/** Where interactions are kept. */
public interface Interactions extends ContactRecords<Interaction> {
}
