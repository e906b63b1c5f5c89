package fr.passerelle.audit.graphql;

import fr.passerelle.agreement.graphql.AgreementView;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.audit.port.in.AuditUseCases;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.internship.graphql.OfferView;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import graphql.relay.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The audit trail for platform admins, and each school's and company's history for those who see it. */
@Controller
class AuditController {

    /** Audit entries are read newest first only; the cursor records that ordering. */
    private static final String NEWEST_FIRST = "OCCURRED_AT_DESC";

    private final AuditUseCases audit;

    AuditController(AuditUseCases audit) {
        this.audit = audit;
    }

    @QueryMapping
    Connection<AuditEntryView> auditTrail(@Arguments PageArguments page, @Argument AuditFilterInput filter,
                                          @ContextValue Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        var criteria = filter == null ? AuditFilterInput.none() : filter.toFilter();
        return connection.connection(audit.search(actor, criteria, connection.paging()), AuditEntryView::of);
    }

    @SchemaMapping(typeName = SchoolView.TYPE, field = "history")
    Connection<AuditEntryView> schoolHistory(SchoolView school, @Arguments PageArguments page,
                                             @ContextValue Actor actor) {
        return history(SchoolView.TYPE, school.localId(), page, actor);
    }

    @SchemaMapping(typeName = CompanyView.TYPE, field = "history")
    Connection<AuditEntryView> companyHistory(CompanyView company, @Arguments PageArguments page,
                                              @ContextValue Actor actor) {
        return history(CompanyView.TYPE, company.localId(), page, actor);
    }

    @SchemaMapping(typeName = LearnerView.TYPE, field = "history")
    Connection<AuditEntryView> learnerHistory(LearnerView learner, @Arguments PageArguments page,
                                              @ContextValue Actor actor) {
        return history(LearnerView.TYPE, learner.localId(), page, actor);
    }

    @SchemaMapping(typeName = OfferView.TYPE, field = "history")
    Connection<AuditEntryView> offerHistory(OfferView offer, @Arguments PageArguments page,
                                            @ContextValue Actor actor) {
        return history(OfferView.TYPE, offer.localId(), page, actor);
    }

    @SchemaMapping(typeName = AgreementView.TYPE, field = "history")
    Connection<AuditEntryView> agreementHistory(AgreementView agreement, @Arguments PageArguments page,
                                                @ContextValue Actor actor) {
        return history("Agreement", agreement.localId(), page, actor);
    }

    private Connection<AuditEntryView> history(String type, String id, PageArguments page, Actor actor) {
        var connection = page.orderedBy(NEWEST_FIRST);
        return connection.connection(audit.historyOf(actor, type, id, connection.paging()), AuditEntryView::of);
    }
}
