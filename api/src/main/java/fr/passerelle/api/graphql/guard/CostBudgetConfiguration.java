package fr.passerelle.api.graphql.guard;

import fr.passerelle.api.security.PartnerSettings;
import graphql.execution.instrumentation.Instrumentation;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** The partner clients' cost budget, and the {@code Retry-After} header of its refusals (the 429 status: see
 * {@code GraphQlConfiguration}'s HTTP handler). */
@Configuration(proxyBeanMethods = false)
class CostBudgetConfiguration {

    @Bean
    Instrumentation costBudgetGuard(PartnerSettings settings, Clock clock,
            @Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspectionEnabled) {
        return new CostBudgetGuard(new CostBudgets(clock), settings, introspectionEnabled);
    }

    @Bean
    WebGraphQlInterceptor throttledRetryAfter() {
        return (request, chain) -> chain.next(request).map(response -> {
            Throttling.retryAfter(response).ifPresent(retryAfter ->
                    response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER, retryAfter));
            return response;
        });
    }
}
