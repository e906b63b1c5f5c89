package fr.passerelle.catalog.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A programme a school offers (the school is the training organisation, and the tenant). Drafted, then published
 * once it says all {@link PublicationRules} require; a published one may be edited, under the same rules; archived,
 * it is offered no more but its sessions and history stay.
 */
public record Programme(String id, String schoolId, ProgrammeDetails details, ProgrammeState state,
                        PublishedResults results, String createdBy, Instant createdAt, Instant updatedAt,
                        Instant publishedAt, long version) implements Aggregate {

    /** Programmes per school: a catalogue, not a database. */
    public static final int MAX_PER_SCHOOL = 500;

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(state, "state");
        results = results == null ? PublishedResults.NONE : results;
    }

    public static Programme draft(String id, String schoolId, ProgrammeDetails details, String createdBy,
                                  Instant now) {
        return new Programme(id, schoolId, details, ProgrammeState.DRAFT, PublishedResults.NONE, createdBy, now, now,
                null, 0);
    }

    /** New details; a published programme must still satisfy the publication rules. */
    public Programme edited(ProgrammeDetails newDetails, Instant now) {
        requireNot(ProgrammeState.ARCHIVED);
        if (state == ProgrammeState.PUBLISHED) {
            PublicationRules.requirePublishable(newDetails);
        }
        return new Programme(id, schoolId, newDetails, state, results, createdBy, createdAt, now, publishedAt,
                version);
    }

    public Programme published(Instant now) {
        if (state == ProgrammeState.PUBLISHED) {
            return this;
        }
        requireNot(ProgrammeState.ARCHIVED);
        PublicationRules.requirePublishable(details);
        return new Programme(id, schoolId, details, ProgrammeState.PUBLISHED, results, createdBy, createdAt, now, now,
                version);
    }

    public Programme archived(Instant now) {
        if (state == ProgrammeState.ARCHIVED) {
            return this;
        }
        return new Programme(id, schoolId, details, ProgrammeState.ARCHIVED, results, createdBy, createdAt, now,
                publishedAt, version);
    }

    public boolean isPublished() {
        return state == ProgrammeState.PUBLISHED;
    }

    private void requireNot(ProgrammeState forbidden) {
        if (state == forbidden) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID_STATE, "error.catalog.programme-archived");
        }
    }
}
