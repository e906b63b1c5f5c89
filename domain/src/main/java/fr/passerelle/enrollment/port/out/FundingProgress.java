package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.shared.model.Money;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The funding gate: what the enrollment's funding plan holds and whether its funders have all agreed. */
public interface FundingProgress {

    FundingStatus of(Enrollment enrollment);

    /**
     * {@link #of} for each enrollment, by enrollment id: what a page of enrollments needs, in one read in the real
     * gate (this default reads them one by one).
     */
    default Map<String, FundingStatus> ofAll(Collection<Enrollment> enrollments) {
        return enrollments.stream().collect(Collectors.toMap(Enrollment::id, this::of, (a, b) -> a));
    }

    /**
     * @param planned    whether a funding plan exists
     * @param requested  whether its funders have been asked (the enrollment is then funding pending)
     * @param secured    every funder line agreed (true for a plan without funders: the learner or employer pays)
     * @param refused    a funder refused or cancelled: staff must change the plan or cancel
     * @param sources    the plan's sources, the learner's included when they pay a part
     * @param payerIsCompany whether a company (the employer) is the contract's other party (no withdrawal period
     *                   for professionals)
     * @param learnerPart what the learner (or, when {@code payerIsCompany}, the company) pays the organisation
     * @param instalments how that part is paid
     */
    record FundingStatus(boolean planned, boolean requested, boolean secured, boolean refused,
                         Set<FundingSource> sources, boolean payerIsCompany, Money learnerPart,
                         InstalmentOption instalments) {

        public FundingStatus {
            sources = Set.copyOf(sources);
        }
    }
}
