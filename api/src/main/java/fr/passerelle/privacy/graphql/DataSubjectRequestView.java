package fr.passerelle.privacy.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.privacy.model.DataSubjectRequest;
import fr.passerelle.privacy.model.ErasureOutcome;
import java.time.Instant;
import java.util.List;

/**
 * GraphQL {@code DataSubjectRequest}. It deliberately names no one: the person knows who they are, and the staff
 * answering it read the learner through the learner's own fields.
 *
 * @param localId the request's id, for its archive link
 * @param person  the account it is about, to decide who gets its archive link (not a GraphQL field)
 */
public record DataSubjectRequestView(String id, String localId, String person, DataSubjectRequest.Kind kind,
                                     DataSubjectRequest.Status status, Instant receivedAt, Instant dueAt,
                                     boolean overdue, Instant completedAt, String rectification,
                                     List<ErasureOutcome> erasure) {

    public static final String TYPE = "DataSubjectRequest";
    /** Where a person corrects their data: their profile, through the edits they already have. */
    static final String RECTIFICATION = "Correct your profile yourself with learnerUpdate (identity, academic, skills, "
            + "background, career) or ask your school to: every field you see in your archive can be edited there.";

    static DataSubjectRequestView of(DataSubjectRequest request, Instant now) {
        return new DataSubjectRequestView(GlobalIds.encode(TYPE, request.id()), request.id(), request.person(),
                request.kind(), request.status(), request.receivedAt(), request.dueAt(),
                request.isOpen() && now.isAfter(request.dueAt()), request.completedAt(),
                request.kind() == DataSubjectRequest.Kind.RECTIFICATION ? RECTIFICATION : null, request.erasure());
    }

    /** GraphQL {@code DataSubjectRequestSubmitPayload} and {@code DataSubjectRequestErasePayload}. */
    record Payload(List<UserErrorView> userErrors, DataSubjectRequestView request) {
    }
}
