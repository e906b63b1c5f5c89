package fr.passerelle.bench.harness;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application, started in-process on a random port: dev mode (the embedded token issuer, the personas and
 * their demo data), the embedded MongoDB-wire server on its in-memory backend, no background jobs (their polling
 * would add commands and load of its own), quiet logs. Every MongoDB command its driver sends is counted.
 */
public final class RunningApp implements AutoCloseable {

    /** Loaded by name: api ships repackaged, so its classes are on the run's classpath only (see the bench pom). */
    private static final String APPLICATION = "fr.passerelle.PasserelleApplication";

    private final ConfigurableApplicationContext context;
    private final CommandCounter commands;

    private RunningApp(ConfigurableApplicationContext context, CommandCounter commands) {
        this.context = context;
        this.commands = commands;
    }

    public static RunningApp start(Instrumentation instrumentation) {
        return start(instrumentation, false);
    }

    /** @param jobs whether background jobs (outbox relay, reminders, deliveries) run, as they do in production */
    public static RunningApp start(Instrumentation instrumentation, boolean jobs) {
        CommandCounter commands = new CommandCounter();
        SpringApplication application = new SpringApplication(applicationClass());
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("benchCommandCounter",
                (MongoClientSettingsBuilderCustomizer) settings -> settings.addCommandListener(commands)));
        instrumentation.applyTo(application);
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.profiles.active=dev",
                "--server.port=0",
                "--passerelle.mongodb.in-memory=true",
                "--passerelle.jobs.enabled=" + jobs,
                "--logging.level.root=WARN",
                // Says, once per start, that the dev issuer runs: known here.
                "--logging.level.fr.passerelle.api.dev=ERROR",
                "--logging.level.org.springdoc=ERROR"));
        arguments.addAll(instrumentation.arguments());
        return new RunningApp(application.run(arguments.toArray(String[]::new)), commands);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A client signed in as a demo persona (its client id, e.g. {@code advisor}). */
    public GraphQlClient client(String persona) {
        return new GraphQlClient(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class),
                persona);
    }

    public CommandCounter commands() {
        return commands;
    }

    @Override
    public void close() {
        context.close();
    }

    private static Class<?> applicationClass() {
        try {
            return Class.forName(APPLICATION);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(APPLICATION + " is not on the classpath: run the benchmarks with "
                    + "`mvn -q -pl bench exec:java` after `mvn -q -pl bench -am install -DskipTests`", e);
        }
    }
}
