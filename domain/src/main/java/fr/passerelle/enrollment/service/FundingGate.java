package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.shared.model.Money;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The funding gate the enrollment reads when it advances: its funding as it is stored now. */
public class FundingGate implements FundingProgress {

    private static final FundingStatus NONE = new FundingStatus(false, false, false, false, Set.of(), false,
            Money.zero(Currency.getInstance("EUR")), InstalmentOption.AT_ONCE);

    private final Fundings fundings;

    public FundingGate(Fundings fundings) {
        this.fundings = fundings;
    }

    @Override
    public FundingStatus of(Enrollment enrollment) {
        return fundings.findById(enrollment.id()).map(FundingGate::status).orElse(NONE);
    }

    /** One read for all of them (a funding's id is its enrollment's). */
    @Override
    public Map<String, FundingStatus> ofAll(Collection<Enrollment> enrollments) {
        Map<String, FundingStatus> found = fundings.findAllById(enrollments.stream().map(Enrollment::id).toList())
                .stream().collect(Collectors.toMap(Funding::id, FundingGate::status));
        Map<String, FundingStatus> all = new HashMap<>();
        enrollments.forEach(enrollment -> all.put(enrollment.id(), found.getOrDefault(enrollment.id(), NONE)));
        return all;
    }

    static FundingStatus status(Funding funding) {
        Set<FundingSource> sources = funding.plan().lines().stream()
                .filter(line -> line.source() != FundingSource.LEARNER || line.amount().isPositive())
                .map(FundingLine::source).collect(Collectors.toSet());
        return new FundingStatus(true, funding.requested(), funding.secured(), funding.refused(), sources,
                funding.payerIsCompany(), funding.plan().learnerPartPaidToOrganisation(), funding.instalments());
    }
}
