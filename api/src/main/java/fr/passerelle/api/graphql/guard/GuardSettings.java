package fr.passerelle.api.graphql.guard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits every GraphQL request must respect before any data is fetched.
 *
 * The defaults are calibrated on the screens the client teams build (test resources {@code screens/*.graphql},
 * checked by {@code ScreenDocumentsTest} with headroom); README's "Limits" section gives the figures.
 *
 * @param maxDepth deepest field nesting, a connection hop ({@code edges { node }}) counting as one level
 * @param maxCost cost budget: each field costs 1, and a connection multiplies its children's cost by its page size
 * @param maxNodes most objects a query may return, counting page sizes along nested connections
 * @param maxAliases most aliased fields in one document
 * @param maxRepeatedField most times one field may be selected in a single selection set
 * @param maxTokens most lexical tokens in a document (the parser stops reading beyond), and most fields the
 *                  document's fragments may expand to
 * @param maxRequestSize largest accepted request body
 * @param timeout wall-clock budget of one request
 */
@ConfigurationProperties("passerelle.graphql.guards")
public record GuardSettings(int maxDepth, int maxCost, int maxNodes, int maxAliases, int maxRepeatedField,
                            int maxTokens, DataSize maxRequestSize, Duration timeout) {

    public GuardSettings {
        maxDepth = maxDepth > 0 ? maxDepth : 12;
        maxCost = maxCost > 0 ? maxCost : 25_000;
        maxNodes = maxNodes > 0 ? maxNodes : 2_000;
        maxAliases = maxAliases > 0 ? maxAliases : 20;
        maxRepeatedField = maxRepeatedField > 0 ? maxRepeatedField : 5;
        maxTokens = maxTokens > 0 ? maxTokens : 5_000;
        maxRequestSize = maxRequestSize != null ? maxRequestSize : DataSize.ofKilobytes(64);
        timeout = timeout != null ? timeout : Duration.ofSeconds(5);
    }
}
