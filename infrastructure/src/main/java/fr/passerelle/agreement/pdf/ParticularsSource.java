package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Agreement;

/** Where the documents find the {@link Particulars} of an agreement. */
@FunctionalInterface
interface ParticularsSource {

    Particulars of(Agreement agreement);
}
