package fr.passerelle.api.graphql;

import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads (and writes) GraphQL over HTTP bodies. A body that is the JSON literal {@code null} reads as no request at
 * all, which Spring for GraphQL does not expect (a NullPointerException, hence a 500): it is refused as unreadable
 * instead, which the HTTP handler answers with 400 like any other body that is not a GraphQL request.
 */
final class GraphQlRequestReader extends JacksonJsonHttpMessageConverter {

    GraphQlRequestReader(JsonMapper json) {
        super(json);
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) throws IOException {
        Object request = super.readInternal(type, input);
        if (request == null) {
            throw new HttpMessageNotReadableException("The body is null, not a GraphQL request", input);
        }
        return request;
    }
}
