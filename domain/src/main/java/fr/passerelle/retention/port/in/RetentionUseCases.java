package fr.passerelle.retention.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.retention.model.RetentionPolicy;
import fr.passerelle.retention.model.RetentionRun;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.List;

/** Retention policies and the reports of their application. Platform admins only. */
public interface RetentionUseCases {

    List<RetentionPolicy> policies(Actor actor);

    /**
     * Changes one policy's terms.
     *
     * @param expectedVersion the version the admin read, or null to overwrite whatever is stored
     */
    RetentionPolicy update(Actor actor, String dataClass, RetentionPolicyCommand command, Long expectedVersion);

    Page<RetentionRun> runs(Actor actor, Paging paging);

    /**
     * Queues a run now (after changing a policy, say), as a background job like the nightly one.
     *
     * @return the id its report will have in {@link #runs}
     */
    String requestRun(Actor actor);
}
