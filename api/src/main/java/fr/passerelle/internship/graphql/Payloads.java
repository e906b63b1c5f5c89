package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.UserErrorView;
import java.util.List;

/** The payloads of the marketplace mutations: user errors, or the object acted on. */
final class Payloads {

    private Payloads() {
    }

    /** {@code InternshipOffer…Payload}. */
    record OfferPayload(List<UserErrorView> userErrors, OfferView offer) {
    }

    /** {@code Application…Payload}. */
    record ApplicationPayload(List<UserErrorView> userErrors, ApplicationView application) {
    }
}
