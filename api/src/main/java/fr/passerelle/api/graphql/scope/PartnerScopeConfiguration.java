package fr.passerelle.api.graphql.scope;

import fr.passerelle.api.security.PartnerCaller;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** Partner clients over GraphQL: their caller in the context, and the {@code @scope} guard. */
@Configuration(proxyBeanMethods = false)
class PartnerScopeConfiguration {

    @Bean
    Instrumentation partnerScopeGuard() {
        return new PartnerScopeGuard();
    }

    /** Hands a partner client's caller (see {@code ActorFilter}) to the guards, as a context value. */
    @Bean
    WebGraphQlInterceptor partnerCallerContext() {
        return (request, chain) -> {
            Object caller = request.getAttributes().get(PartnerCaller.ATTRIBUTE);
            if (caller != null) {
                request.configureExecutionInput((input, builder) ->
                        builder.graphQLContext(context -> context.put(PartnerCaller.ATTRIBUTE, caller)).build());
            }
            return chain.next(request);
        };
    }
}
