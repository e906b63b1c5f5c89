package fr.passerelle.enrollment.graphql;

import fr.passerelle.enrollment.model.FunderRequest;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingPlan;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.ParticipationExemption;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** GraphQL {@code Funding}. */
record FundingView(Money price, LocalDate planDate, List<LineView> lines, Set<ParticipationExemption> exemptions,
                   Money flatParticipation, Money payerPart, InstalmentOption instalments,
                   boolean payerIsCompany, boolean requested, boolean secured,
                   boolean refused, long version, Instant updatedAt) {

    /** GraphQL {@code FundingLine}; {@code request} is null for the learner's line. */
    record LineView(FundingSource source, Money amount, String funderReference, FunderRequest request) {
    }

    static FundingView of(Funding funding) {
        FundingPlan plan = funding.plan();
        List<LineView> lines = plan.lines().stream().map(line -> line(funding, line)).toList();
        return new FundingView(plan.price(), plan.date(), lines, plan.exemptions(), plan.flatParticipation(),
                plan.learnerPartPaidToOrganisation(), funding.instalments(), funding.payerIsCompany(),
                funding.requested(), funding.secured(), funding.refused(), funding.version(), funding.updatedAt());
    }

    private static LineView line(Funding funding, FundingLine line) {
        return new LineView(line.source(), line.amount(), line.funderReference(),
                funding.request(line.source()).orElse(null));
    }
}
