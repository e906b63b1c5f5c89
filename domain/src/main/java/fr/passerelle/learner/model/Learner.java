package fr.passerelle.learner.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A learner's profile: what their school follows, what companies are matched against, and what they keep for
 * life. One document, changed atomically under optimistic locking.
 *
 * @param subject        the learner's own account (token subject), null until they sign in and claim it
 * @param detachment     set when an advisor took this unclaimed profile out of claims as a duplicate, else null
 * @param readinessScore the job-readiness score as of the last change, kept for filtering and sorting rosters
 *                       (reads recompute it for the day)
 */
public record Learner(String id, String subject, Detachment detachment, LearnerIdentity identity, LearnerType type,
                      LearnerStatus status, ArrivalSource source, Academic academic, List<LearnerSkill> skills,
                      Background background, CareerPreferences career, int readinessScore, String createdBy,
                      Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** The reason recorded on a merged duplicate; the profile kept is named by {@link Detachment#mergedInto()}. */
    public static final String MERGE_REASON = "merged as a duplicate";

    public Learner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(academic, "academic");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(career, "career");
        skills = List.copyOf(skills);
    }

    public static Learner register(String id, String subject, LearnerIdentity identity, LearnerType type,
                                   ArrivalSource source, Academic academic, String createdBy, Instant now) {
        return new Learner(id, subject, null, identity, type, LearnerStatus.PROSPECT, source, academic, List.of(),
                Background.NONE, CareerPreferences.NONE, 0, createdBy, now, now, 0).rescored(now);
    }

    public Learner withIdentity(LearnerIdentity newIdentity, LearnerType newType, LearnerStatus newStatus,
                                Instant now) {
        if (newIdentity.equals(identity) && newType == type && newStatus == status) {
            return this;
        }
        return rebuilt(newIdentity, newType, newStatus, academic, skills, background, career, now);
    }

    public Learner withAcademic(Academic newAcademic, Instant now) {
        if (newAcademic.equals(academic)) {
            return this;
        }
        return rebuilt(identity, type, status, newAcademic, skills, background, career, now);
    }

    /** Adds the skill, or replaces the learner's skill with the same code (so setting it again is harmless). */
    public Learner withSkill(LearnerSkill skill, Instant now) {
        if (skills.contains(skill)) {
            return this;
        }
        List<LearnerSkill> updated = new ArrayList<>(skills);
        updated.removeIf(s -> s.code().equals(skill.code()));
        updated.add(skill);
        return withSkills(updated, now);
    }

    public Learner withoutSkill(String code, Instant now) {
        List<LearnerSkill> updated = skills.stream().filter(s -> !s.code().equals(code)).toList();
        return updated.size() == skills.size() ? this : withSkills(updated, now);
    }

    public Learner withBackground(Background newBackground, Instant now) {
        if (newBackground.equals(background)) {
            return this;
        }
        return rebuilt(identity, type, status, academic, skills, newBackground, career, now);
    }

    public Learner withCareer(CareerPreferences newCareer, Instant now) {
        if (newCareer.equals(career)) {
            return this;
        }
        return rebuilt(identity, type, status, academic, skills, background, newCareer, now);
    }

    /** Binds the profile to the account of the person it describes. */
    public Learner claimedBy(String claimingSubject, Instant now) {
        return new Learner(id, claimingSubject, detachment, identity, type, status, source, academic, skills,
                background, career, readinessScore, createdBy, createdAt, now, version);
    }

    /**
     * Takes this unclaimed profile out of claims (a duplicate of someone's profile); detaching it again, or detaching
     * a merged profile, changes nothing.
     */
    public Learner detached(String reason, String by, Instant now) {
        if (subject != null) {
            throw new IllegalStateException("a claimed profile is its owner's and cannot be detached");
        }
        return detachment != null ? this : withDetachment(new Detachment(null, reason, by, now), now);
    }

    /** Retires this unclaimed profile as a duplicate of {@code keptId}; merging it again into it changes nothing. */
    public Learner mergedInto(String keptId, String by, Instant now) {
        if (subject != null) {
            throw new IllegalStateException("a claimed profile is its owner's and cannot be merged away");
        }
        if (isMerged() && detachment.mergedInto().equals(keptId)) {
            return this;
        }
        return withDetachment(new Detachment(keptId, MERGE_REASON, by, now), now);
    }

    /** Whether a person signing in with the profile's e-mail may still take it over. */
    public boolean isClaimable() {
        return subject == null && detachment == null;
    }

    /** Whether this profile was retired into another one (kept for the audit trail only). */
    public boolean isMerged() {
        return detachment != null && detachment.isMerge();
    }

    public boolean belongsTo(String someSubject) {
        return subject != null && subject.equals(someSubject);
    }

    public JobReadiness readinessOn(LocalDate day) {
        return JobReadiness.of(this, day);
    }

    private Learner withDetachment(Detachment newDetachment, Instant now) {
        return new Learner(id, subject, newDetachment, identity, type, status, source, academic, skills, background,
                career, readinessScore, createdBy, createdAt, now, version);
    }

    private Learner withSkills(List<LearnerSkill> updated, Instant now) {
        return rebuilt(identity, type, status, academic, updated, background, career, now);
    }

    /** This learner with new content, changed now, its readiness rescored. */
    private Learner rebuilt(LearnerIdentity newIdentity, LearnerType newType, LearnerStatus newStatus,
                            Academic newAcademic, List<LearnerSkill> newSkills, Background newBackground,
                            CareerPreferences newCareer, Instant now) {
        return new Learner(id, subject, detachment, newIdentity, newType, newStatus, source, newAcademic, newSkills,
                newBackground, newCareer, readinessScore, createdBy, createdAt, now, version).rescored(now);
    }

    /** Stores the readiness of the day of the change, so rosters can filter and sort on it. */
    private Learner rescored(Instant now) {
        int score = readinessOn(PlatformCalendar.dayOf(now)).score();
        return score == readinessScore ? this : new Learner(id, subject, detachment, identity, type, status, source,
                academic, skills, background, career, score, createdBy, createdAt, updatedAt, version);
    }
}
