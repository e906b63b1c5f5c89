package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingPlan;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.util.List;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Fundings to and from their documents. A plan is rebuilt through its own changes (created, then each funder line
 * added): what was stored satisfied the invariant, so it does again, and no constructor bypasses it.
 */
@Mapper(config = PersistenceMapping.class)
interface FundingDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    @Mapping(target = "funderKeys", expression = "java(funderKeys(funding))")
    FundingDocument toDocument(Funding funding, Long storedVersion);

    /** The unique keys of the funders' references; null (left out) when no line holds one. */
    default List<String> funderKeys(Funding funding) {
        List<String> keys = funding.plan().lines().stream().filter(line -> line.funderReference() != null)
                .map(line -> line.source() + ":" + line.funderReference()).toList();
        return keys.isEmpty() ? null : keys;
    }

    Funding toDomain(FundingDocument document);

    default FundingDocument.PlanDocument plan(FundingPlan plan) {
        return new FundingDocument.PlanDocument(MoneyDocument.of(plan.price()), plan.date(), plan.lines().stream()
                .filter(line -> line.source() != FundingSource.LEARNER)
                .map(line -> new FundingDocument.LineDocument(line.source(), MoneyDocument.of(line.amount()),
                        line.funderReference())).toList(), plan.exemptions());
    }

    default FundingPlan plan(FundingDocument.PlanDocument stored) {
        FundingPlan plan = FundingPlan.create(stored.price().toMoney(), stored.date(),
                stored.exemptions() == null ? Set.of() : stored.exemptions()).orThrow();
        for (FundingDocument.LineDocument line : stored.lines()) {
            plan = plan.addLine(new FundingLine(line.source(), line.amount().toMoney(), line.funderReference()))
                    .orThrow();
        }
        return plan;
    }
}
