package fr.passerelle.school.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A partner school. One document, changed atomically under optimistic locking ({@code version}).
 *
 * @param createdBy subject of whoever registered it
 */
public record School(String id, SchoolProfile profile, PartnershipTier tier, List<Program> programs,
                     String createdBy, Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    public School {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tier, "tier");
        programs = List.copyOf(programs);
    }

    /** New schools start at the free tier; upgrading is a commercial decision taken separately. */
    public static School register(String id, SchoolProfile profile, String createdBy, Instant now) {
        return new School(id, profile, PartnershipTier.DISCOVERY, List.of(), createdBy, now, now, 0);
    }

    /** The same profile again changes nothing (no new version, no event). */
    public School withProfile(SchoolProfile newProfile, Instant now) {
        if (newProfile.equals(profile)) {
            return this;
        }
        return new School(id, newProfile, tier, programs, createdBy, createdAt, now, version);
    }

    /** The same tier again changes nothing (no new version, no event, no notification). */
    public School withTier(PartnershipTier newTier, Instant now) {
        if (newTier == tier) {
            return this;
        }
        return new School(id, profile, newTier, programs, createdBy, createdAt, now, version);
    }

    /** Adds a programme, or replaces the one with the same code (so retrying an add is harmless). */
    public School withProgram(Program program, Instant now) {
        if (programs.contains(program)) {
            return this;
        }
        List<Program> updated = new ArrayList<>(programs);
        updated.removeIf(p -> p.code().equals(program.code()));
        if (updated.size() >= Limits.LIST) {
            throw BusinessRuleViolation.of("code", ErrorCode.OUT_OF_RANGE,
                    "error.school.programs-full", Limits.LIST);
        }
        updated.add(program);
        return new School(id, profile, tier, updated, createdBy, createdAt, now, version);
    }

    public School withoutProgram(String code, Instant now) {
        List<Program> updated = programs.stream().filter(p -> !p.code().equalsIgnoreCase(code)).toList();
        if (updated.size() == programs.size()) {
            throw BusinessRuleViolation.of("code", ErrorCode.INVALID, "error.school.program-unknown");
        }
        return new School(id, profile, tier, updated, createdBy, createdAt, now, version);
    }
}
