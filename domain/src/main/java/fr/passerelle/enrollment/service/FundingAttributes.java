package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.FunderRequest;
import fr.passerelle.enrollment.model.Funding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The type and attributes of a funding's event, from what it was to what it becomes. Ids and enum names only. */
final class FundingAttributes {

    private FundingAttributes() {
    }

    /**
     * {@code funding.refused} when a line's request just failed, {@code funding.secured} when the last funder line
     * just agreed, else the type the use case asked for.
     */
    static String typeOf(String asked, Funding before, Funding after) {
        if (moved(before, after).stream().anyMatch(request -> request.state().isFailed())) {
            return EnrollmentEvents.FUNDING_REFUSED;
        }
        if (after.secured() && !before.secured()) {
            return EnrollmentEvents.FUNDING_SECURED;
        }
        return asked;
    }

    static Map<String, String> of(Funding before, Funding after) {
        Map<String, String> attributes = new HashMap<>();
        attributes.put(EnrollmentEvents.SCHOOL_ID, after.schoolId());
        attributes.put(EnrollmentEvents.ENROLLMENT_ID, after.id());
        attributes.put(EnrollmentEvents.CONTACT_ID, after.contactId());
        List<FunderRequest> moved = moved(before, after);
        if (moved.size() == 1) {
            attributes.put(EnrollmentEvents.FUNDING_SOURCE, moved.get(0).source().name());
            attributes.put(EnrollmentEvents.FUNDING_STATE, moved.get(0).state().name());
        }
        return attributes;
    }

    /** The requests whose state changed (new lines included). */
    private static List<FunderRequest> moved(Funding before, Funding after) {
        return after.requests().stream().filter(request -> before.request(request.source())
                .map(FunderRequest::state).filter(state -> Objects.equals(state, request.state())).isEmpty())
                .toList();
    }
}
