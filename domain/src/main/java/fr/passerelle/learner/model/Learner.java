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
 * @param readinessScore the job-readiness score as of the last change, kept for filtering and sorting rosters
 *                       (reads recompute it for the day)
 */
public record Learner(String id, String subject, LearnerIdentity identity, LearnerType type, LearnerStatus status,
                      ArrivalSource source, Academic academic, List<LearnerSkill> skills, Background background,
                      CareerPreferences career, int readinessScore, String createdBy, Instant createdAt,
                      Instant updatedAt, long version) implements Aggregate {

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
        return new Learner(id, subject, identity, type, LearnerStatus.PROSPECT, source, academic, List.of(),
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
        return new Learner(id, claimingSubject, identity, type, status, source, academic, skills, background, career,
                readinessScore, createdBy, createdAt, now, version);
    }

    public boolean belongsTo(String someSubject) {
        return subject != null && subject.equals(someSubject);
    }

    public JobReadiness readinessOn(LocalDate day) {
        return JobReadiness.of(this, day);
    }

    private Learner withSkills(List<LearnerSkill> updated, Instant now) {
        return rebuilt(identity, type, status, academic, updated, background, career, now);
    }

    /** This learner with new content, changed now, its readiness rescored. */
    private Learner rebuilt(LearnerIdentity newIdentity, LearnerType newType, LearnerStatus newStatus,
                            Academic newAcademic, List<LearnerSkill> newSkills, Background newBackground,
                            CareerPreferences newCareer, Instant now) {
        return new Learner(id, subject, newIdentity, newType, newStatus, source, newAcademic, newSkills, newBackground,
                newCareer, readinessScore, createdBy, createdAt, now, version).rescored(now);
    }

    /** Stores the readiness of the day of the change, so rosters can filter and sort on it. */
    private Learner rescored(Instant now) {
        int score = readinessOn(PlatformCalendar.dayOf(now)).score();
        return score == readinessScore ? this : new Learner(id, subject, identity, type, status, source, academic,
                skills, background, career, score, createdBy, createdAt, updatedAt, version);
    }
}
