package fr.passerelle.api.graphql;

import java.time.Clock;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over WebSocket as Boot configures it ({@code spring.graphql.websocket.*}, the endpoint's CORS settings,
 * the application's JSON mapper), with connections bound to their token's life ({@link TokenBoundWebSocketHandler}).
 * Boot's own handler steps aside when this one exists.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketConfiguration {

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, GraphQlProperties properties,
                                                    GraphQlCorsProperties cors, JsonMapper jsonMapper, Clock clock) {
        return new TokenBoundWebSocketHandler(graphQlHandler, new JacksonJsonHttpMessageConverter(jsonMapper),
                properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
                cors.toCorsConfiguration(), clock);
    }
}
