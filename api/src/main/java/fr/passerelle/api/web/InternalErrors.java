package fr.passerelle.api.web;

/** What a client reads of a bug, GraphQL and REST alike: only a reference; the details are in the log under it. */
public final class InternalErrors {

    private InternalErrors() {
    }

    public static String message(String reference) {
        return "Internal error; quote reference " + reference + " to support.";
    }
}
