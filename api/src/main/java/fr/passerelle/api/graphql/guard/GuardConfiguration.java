package fr.passerelle.api.graphql.guard;

import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;
import org.springframework.http.HttpStatus;

/**
 * The request guards. Boot's GraphQL auto-configuration picks up {@link Instrumentation} and interceptor beans;
 * each guard refuses a request with a BAD_REQUEST error before any data fetcher runs.
 */
@Configuration(proxyBeanMethods = false)
class GuardConfiguration {

    GuardConfiguration(GuardSettings settings) {
        // The parser stops at this many tokens, so a huge document is refused before it is even built.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(settings.maxTokens())));
    }

    @Bean
    Instrumentation documentShapeGuard(GuardSettings settings) {
        return new DocumentShapeGuard(settings.maxAliases(), settings.maxRepeatedField(), settings.maxTokens());
    }

    /** Depth, cost and node count; introspection (dev only) is free of them, so GraphiQL and codegen work. */
    @Bean
    Instrumentation operationGuard(GuardSettings settings,
            @Value("${spring.graphql.schema.introspection.enabled:true}") boolean introspectionEnabled) {
        return new OperationGuard(settings, introspectionEnabled);
    }

    @Bean
    Instrumentation deadlineGuard(GuardSettings settings) {
        return new DeadlineGuard(settings.timeout());
    }

    /** For asynchronous executions (subscriptions later): the response itself is cut off at the budget. */
    @Bean
    TimeoutWebGraphQlInterceptor timeoutInterceptor(GuardSettings settings) {
        return new TimeoutWebGraphQlInterceptor(settings.timeout(), HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Bean
    FilterRegistrationBean<Filter> requestSizeGuard(GuardSettings settings) {
        var registration = new FilterRegistrationBean<Filter>(new RequestSizeGuard(settings.maxRequestSize()));
        registration.addUrlPatterns("/graphql", "/graphql/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
