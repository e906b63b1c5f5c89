package fr.passerelle.api.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL in dev mode, served entirely by the application so it works offline: the page and GraphiQL's vendored
 * build from {@code dev/graphiql/}, React from its webjars. The page has no inline script, so its Content-Security-
 * Policy allows scripts from this origin only (see {@code SecurityHeaders}). Spring for GraphQL's own GraphiQL page
 * loads everything from a CDN and stays off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.graphiql.enabled", havingValue = "true")
class GraphiqlPage implements WebMvcConfigurer {

    private static final String ASSETS = "/graphiql/assets/**";

    private final String reactVersion;

    GraphiqlPage(@Value("${passerelle.graphiql.react-version:18.3.1}") String reactVersion) {
        this.reactVersion = reactVersion;
    }

    @Bean
    RouterFunction<ServerResponse> graphiqlRoute(@Value("${spring.graphql.graphiql.path:/graphiql}") String path) {
        String page = read("dev/graphiql/index.html");
        return RouterFunctions.route().GET(path, request -> ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page)).build();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(ASSETS).addResourceLocations("classpath:/dev/graphiql/",
                "classpath:/META-INF/resources/webjars/react/" + reactVersion + "/umd/",
                "classpath:/META-INF/resources/webjars/react-dom/" + reactVersion + "/umd/");
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("GraphiQL's page is missing from the build", e);
        }
    }
}
