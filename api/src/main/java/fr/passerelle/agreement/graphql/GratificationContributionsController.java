package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.TermsView.GratificationView;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.agreement.rules.MonthlyContributions;
import fr.passerelle.shared.model.Money;
import java.util.List;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Gratification.monthlyContributions}: the split for the host's payroll (L242-4-1 CSS). Computed from the terms
 * alone, without reading anything, so resolving it per gratification costs no query; whoever reads the terms reads it.
 */
@Controller
class GratificationContributionsController {

    private final AgreementUseCases agreements;

    GratificationContributionsController(AgreementUseCases agreements) {
        this.agreements = agreements;
    }

    @SchemaMapping(typeName = "Gratification")
    List<ContributionsView> monthlyContributions(GratificationView gratification) {
        return agreements.contributions(gratification.terms()).stream().map(ContributionsView::of).toList();
    }

    /** GraphQL {@code GratificationContributions}, the month as {@code YYYY-MM}. */
    record ContributionsView(String month, long presentMinutes, Money paid, Money exempt, Money subject) {

        static ContributionsView of(MonthlyContributions month) {
            return new ContributionsView(month.month().toString(), month.presentMinutes(), month.paid(),
                    month.exempt(), month.subject());
        }
    }
}
