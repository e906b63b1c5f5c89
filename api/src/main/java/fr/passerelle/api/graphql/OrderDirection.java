package fr.passerelle.api.graphql;

/** GraphQL {@code OrderDirection}. */
public enum OrderDirection {
    ASC,
    DESC
}
