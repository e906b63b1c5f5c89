package fr.passerelle.retention.port.out;

import fr.passerelle.retention.model.RetentionPolicy;
import java.util.List;
import java.util.Optional;

/** The retention policies, one document per data class. */
public interface RetentionPolicies {

    /** Every policy, by data class; there are as many as data classes (tens), never more. */
    List<RetentionPolicy> all();

    Optional<RetentionPolicy> find(String dataClass);

    /** Stores the policy unless one exists for its data class (a default never overwrites a change). */
    void seed(RetentionPolicy policy);

    /**
     * Replaces the policy if its stored version is still {@code policy.version() - 1}.
     *
     * @return false when it changed meanwhile (nothing written)
     */
    boolean update(RetentionPolicy policy);
}
