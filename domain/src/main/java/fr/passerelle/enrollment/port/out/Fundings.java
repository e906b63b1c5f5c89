package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** Where enrollments' fundings are kept: one document per enrollment, under the enrollment's id. */
public interface Fundings extends AggregateStore<Funding> {

    /**
     * The fundings with a funder line holding this funder's reference (folder, quote or request number): one in
     * practice, at most {@code limit}.
     */
    List<Funding> findByFunderReference(String reference, int limit);
}
