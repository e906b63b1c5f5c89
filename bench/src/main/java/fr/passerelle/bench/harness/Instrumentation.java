package fr.passerelle.bench.harness;

import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * Whether the request guards and the per-request instrumentation run (B6). The application has no switch for them
 * (they are not meant to be turned off), so "off" removes them from the context:
 * <ul>
 *   <li>the guards: every bean of the application's {@code GuardConfiguration} (depth, cost, node cap, document
 *       shape, deadline, timeout interceptor, request-size filter), by {@link WithoutGuards};</li>
 *   <li>the instrumentation on the request path: the application's execution-id logging instrumentation, Boot's
 *       GraphQL and Spring MVC observations and MongoDB command and pool metrics (their auto-configurations are
 *       excluded), and every remaining observation (Spring Security's filter chain) disabled.</li>
 * </ul>
 * Left as they are: the meter registry and the JVM metrics, which nothing on the request path feeds; and the
 * parser's token limit, a JVM-wide graphql-java option that the instance as shipped sets for both (the parser counts
 * tokens whatever the limit, so it costs the same on both sides).
 */
public enum Instrumentation {

    ON(List.of()),
    OFF(List.of(
            "--spring.autoconfigure.exclude="
                    + "org.springframework.boot.graphql.autoconfigure.observation.GraphQlObservationAutoConfiguration,"
                    + "org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration,"
                    + "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "--management.observations.enable.all=false"));

    private final List<String> arguments;

    Instrumentation(List<String> arguments) {
        this.arguments = arguments;
    }

    void applyTo(SpringApplication application) {
        if (this == OFF) {
            application.addInitializers(context -> context.addBeanFactoryPostProcessor(new WithoutGuards()));
        }
    }

    List<String> arguments() {
        return arguments;
    }
}
