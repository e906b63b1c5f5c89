package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.ExpectedVersion;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.NodeLoader;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.internship.graphql.OfferInputs.FilterInput;
import fr.passerelle.internship.graphql.OfferInputs.OrderByInput;
import fr.passerelle.internship.graphql.Payloads.OfferPayload;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.port.in.OfferUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Violation;
import graphql.relay.Connection;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Offers over GraphQL: thin translation to {@link OfferUseCases}, which decides who may do what. */
@Controller
class OfferController implements NodeLoader {

    private static final String TERMS = "terms";
    private static final String STATE = "status";

    private final OfferUseCases offers;
    private final CompanyUseCases companies;
    private final Clock clock;

    OfferController(OfferUseCases offers, CompanyUseCases companies, Clock clock) {
        this.offers = offers;
        this.companies = companies;
        this.clock = clock;
    }

    @QueryMapping
    Connection<OfferView> internshipOffers(@Arguments PageArguments page, @Argument FilterInput filter,
                                           @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = orderBy != null ? orderBy : OrderByInput.DEFAULT;
        var connection = page.orderedBy(order);
        return connection.connection(offers.search(actor, FilterInput.toFilter(filter), order.sort(),
                connection.paging()), view());
    }

    @SchemaMapping(typeName = CompanyView.TYPE, field = "offers")
    Connection<OfferView> companyOffers(CompanyView company, @Arguments PageArguments page,
                                        @Argument List<OfferStatus> statuses, @Argument FilterInput filter,
                                        @Argument OrderByInput orderBy, @ContextValue Actor actor) {
        OrderByInput order = orderBy != null ? orderBy : OrderByInput.DEFAULT;
        var connection = page.orderedBy(order);
        return connection.connection(offers.ofCompany(actor, company.localId(),
                statuses == null ? Set.of() : Set.copyOf(statuses), FilterInput.toFilter(filter), order.sort(),
                connection.paging()), view());
    }

    /** One read for the companies of a whole page of offers; null where the actor may not see the company. */
    @BatchMapping(typeName = OfferView.TYPE)
    Map<OfferView, CompanyView> company(List<OfferView> listed, @ContextValue Actor actor) {
        Map<String, CompanyView> byId = companies.findAll(actor, companyIds(listed)).stream()
                .map(CompanyView::of).collect(Collectors.toMap(CompanyView::localId, Function.identity()));
        return Batches.byParent(listed, OfferView::companyId, byId);
    }

    /** One read for the names of the companies of a whole page of offers (each view is of an offer the actor sees). */
    @BatchMapping(typeName = OfferView.TYPE)
    Map<OfferView, String> companyName(List<OfferView> listed) {
        return Batches.byParent(listed, OfferView::companyId, offers.companyNames(companyIds(listed)));
    }

    @SchemaMapping(typeName = OfferView.TYPE)
    boolean viewerCanManage(OfferView offer, @ContextValue Actor actor) {
        return offers.canManage(actor, offer.companyId());
    }

    @MutationMapping
    OfferPayload internshipOfferCreate(@Argument String companyId, @Argument OfferInputs.OfferInput input,
                                       @ContextValue Actor actor) {
        String company = GlobalIds.localId(companyId, CompanyView.TYPE);
        return run(() -> offers.create(actor, company, input.command()));
    }

    @MutationMapping
    OfferPayload internshipOfferUpdate(@Argument String id, @Argument OfferInputs.UpdateInput input,
                                       @Argument Long expectedVersion, @ContextValue Actor actor) {
        String offerId = localId(id);
        var version = ExpectedVersion.of(expectedVersion, input.expectedVersion());
        return Mutations.run("input", version.outsideInput(), () -> {
            try {
                return offers.update(actor, offerId, input.terms().command(), version.value());
            } catch (BusinessRuleViolation violation) {
                throw underTerms(violation);
            }
        }, this::payload);
    }

    @MutationMapping
    OfferPayload internshipOfferPublish(@Argument String id, @ContextValue Actor actor) {
        String offerId = localId(id);
        return Mutations.run(null, () -> offers.publish(actor, offerId), this::payload);
    }

    @MutationMapping
    OfferPayload internshipOfferClose(@Argument String id, @ContextValue Actor actor) {
        String offerId = localId(id);
        return Mutations.run(null, () -> offers.close(actor, offerId), this::payload);
    }

    @Override
    public String type() {
        return OfferView.TYPE;
    }

    @Override
    public Map<String, Object> load(Actor actor, Collection<String> localIds) {
        return NodeLoader.byId(offers.findAll(actor, localIds), view());
    }

    /** Views as of today (a published offer whose start date passed shows as EXPIRED). */
    Function<InternshipOffer, OfferView> view() {
        var today = PlatformCalendar.today(clock);
        return offer -> OfferView.of(offer, today);
    }

    private OfferPayload run(Supplier<InternshipOffer> useCase) {
        return Mutations.run(useCase, this::payload);
    }

    private OfferPayload payload(List<UserErrorView> errors, InternshipOffer offer) {
        return new OfferPayload(errors, offer == null ? null : view().apply(offer));
    }

    /** The update's terms sit at {@code input.terms}; its expected version is an argument (or, deprecated, in {@code input}). */
    private static BusinessRuleViolation underTerms(BusinessRuleViolation violation) {
        return new BusinessRuleViolation(violation.violations().stream()
                .map(v -> v.field().isEmpty() || Set.of(ExpectedVersion.ARGUMENT, STATE).contains(v.field().get(0)) ? v
                        : new Violation(Stream.concat(Stream.of(TERMS), v.field().stream()).toList(), v.code(),
                        v.message()))
                .toList());
    }

    private static List<String> companyIds(List<OfferView> listed) {
        return listed.stream().map(OfferView::companyId).distinct().toList();
    }

    static String localId(String globalId) {
        return GlobalIds.localId(globalId, OfferView.TYPE);
    }
}
