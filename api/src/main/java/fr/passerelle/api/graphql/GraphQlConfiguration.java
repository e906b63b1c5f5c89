package fr.passerelle.api.graphql;

import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.catalog.graphql.ProgrammeView;
import fr.passerelle.catalog.graphql.SessionView;
import fr.passerelle.enrollment.graphql.EnrollmentView;
import fr.passerelle.crm.graphql.CrmTimelineViews;
import fr.passerelle.company.graphql.CompanyView;
import fr.passerelle.crm.graphql.ContactView;
import fr.passerelle.crm.graphql.AutomationRuleView;
import fr.passerelle.crm.graphql.CrmTaskView;
import fr.passerelle.crm.graphql.DealView;
import fr.passerelle.crm.graphql.PipelineView;
import fr.passerelle.crm.graphql.SegmentView;
import fr.passerelle.agreement.graphql.AgreementView;
import fr.passerelle.internship.graphql.ApplicationView;
import fr.passerelle.internship.graphql.OfferView;
import fr.passerelle.job.graphql.JobView;
import fr.passerelle.learner.graphql.LearnerView;
import fr.passerelle.membership.graphql.MembershipView;
import fr.passerelle.notification.graphql.NotificationView;
import fr.passerelle.partner.graphql.PartnerClientView;
import fr.passerelle.privacy.graphql.DataSubjectRequestView;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.webhook.graphql.WebhookEndpointView;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import java.util.Map;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import fr.passerelle.api.graphql.guard.Throttling;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import tools.jackson.databind.json.JsonMapper;

/** Schema wiring shared by every feature: type resolution, the actor in the context, and schema inspection. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    /** Context key of the caller's {@code Actor}; controllers take it as {@code @ContextValue Actor actor}. */
    static final String ACTOR = "actor";

    /** The GraphQL object type of each view class that can stand behind an interface (Node). */
    private static final Map<Class<?>, String> TYPES = Map.ofEntries(
            Map.entry(SchoolView.class, SchoolView.TYPE),
            Map.entry(CompanyView.class, CompanyView.TYPE),
            Map.entry(MembershipView.class, MembershipView.TYPE),
            Map.entry(NotificationView.class, NotificationView.TYPE),
            Map.entry(JobView.class, JobView.TYPE),
            Map.entry(LearnerView.class, LearnerView.TYPE),
            Map.entry(OfferView.class, OfferView.TYPE),
            Map.entry(ApplicationView.class, ApplicationView.TYPE),
            Map.entry(AgreementView.class, AgreementView.TYPE),
            Map.entry(WebhookEndpointView.class, WebhookEndpointView.TYPE),
            Map.entry(PartnerClientView.class, PartnerClientView.TYPE),
            Map.entry(DataSubjectRequestView.class, DataSubjectRequestView.TYPE),
            Map.entry(ContactView.class, ContactView.TYPE),
            Map.entry(PipelineView.class, PipelineView.TYPE),
            Map.entry(DealView.class, DealView.TYPE),
            Map.entry(CrmTaskView.class, CrmTaskView.TYPE),
            Map.entry(AutomationRuleView.class, AutomationRuleView.TYPE),
            Map.entry(SegmentView.class, SegmentView.TYPE),
            Map.entry(ProgrammeView.class, ProgrammeView.TYPE),
            Map.entry(SessionView.class, SessionView.TYPE),
            Map.entry(CrmTimelineViews.InteractionView.class, CrmTimelineViews.InteractionView.TYPE),
            Map.entry(CrmTimelineViews.NoteView.class, CrmTimelineViews.NoteView.TYPE),
            Map.entry(CrmTimelineViews.ContactDocumentView.class, CrmTimelineViews.ContactDocumentView.TYPE),
            Map.entry(EnrollmentView.class, EnrollmentView.TYPE));

    /**
     * Fails start-up when a schema field has no data fetcher or Java property, or a controller maps something
     * the schema does not have: the contract and the code cannot drift apart unnoticed.
     */
    @Bean
    GraphQlSourceBuilderCustomizer schemaContract() {
        TypeResolver byViewClass = env -> {
            String type = TYPES.get(env.getObject().getClass());
            return type == null ? null : env.getSchema().getObjectType(type);
        };
        return builder -> builder
                .defaultTypeResolver(byViewClass)
                .inspectSchemaMappings(
                        initializer -> initializer.classResolver((GraphQLObjectType objectType, graphql.schema.GraphQLNamedOutputType interfaceOrUnion) ->
                                TYPES.entrySet().stream().filter(e -> e.getValue().equals(objectType.getName()))
                                        .<Class<?>>map(Map.Entry::getKey).toList()),
                        report -> {
                            if (!report.unmappedFields().isEmpty() || !report.unmappedRegistrations().isEmpty()
                                    || !report.unmappedArguments().isEmpty()) {
                                throw new IllegalStateException("The GraphQL schema and its controllers disagree:\n" + report);
                            }
                        });
    }

    /** GraphQL over HTTP, reading bodies with {@link GraphQlRequestReader} (Boot's own handler backs off). */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json) {
        return new GraphQlHttpHandler(handler, new GraphQlRequestReader(json)) {
            /** A partner client past its cost budget is told so as HTTP clients expect: 429 (with Retry-After). */
            @Override
            protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
                return Throttling.retryAfter(response).isPresent() ? HttpStatus.TOO_MANY_REQUESTS
                        : super.selectResponseStatus(response, mediaType);
            }
        };
    }

    /** Hands the actor the security filter resolved to data fetchers, as the {@code actor} context value. */
    @Bean
    WebGraphQlInterceptor actorContext() {
        return (request, chain) -> {
            Object actor = request.getAttributes().get(ActorFilter.ATTRIBUTE);
            if (actor != null) {
                request.configureExecutionInput((input, builder) ->
                        builder.graphQLContext(context -> context.put(ACTOR, actor)).build());
            }
            return chain.next(request);
        };
    }
}
