package fr.passerelle.learner.service;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemorySchools;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scene of the learner use-case tests, seeded without events: school A (programs BTS-SON and CAP-MVA) and
 * school B (BAC-PRO-MV), their people, and three learners —
 * <ul>
 * <li>{@link #alice}: {@link Who#THE_LEARNER}, a student of school A (external id {@code A-001}, program BTS-SON)
 * who has claimed her profile and holds the skill {@code sound-mixing};</li>
 * <li>{@link #bob}: {@link Who#ANOTHER_LEARNER}, self-registered, independent (no school);</li>
 * <li>{@link #carol}: imported by school B (external id {@code B-001}), not claimed yet.</li>
 * </ul>
 */
final class LearnerScene {

    /** The callers of the authorization matrices, as seen from alice's profile. */
    enum Who {
        PLATFORM_ADMIN, ADVISOR, THE_LEARNER, ADMIN_OF_SCHOOL_A, STAFF_OF_SCHOOL_A, ADMIN_OF_SCHOOL_B, RECRUITER,
        ANOTHER_LEARNER
    }

    static final String SCHOOL_A = "school-a";
    static final String SCHOOL_B = "school-b";
    static final String KEY_A = "school:" + SCHOOL_A;
    static final String KEY_B = "school:" + SCHOOL_B;
    static final LearnerSkill SOUND_MIXING =
            new LearnerSkill("sound-mixing", ProficiencyLevel.INTERMEDIATE, List.of(), null);

    final InMemorySchools schools = new InMemorySchools();
    final InMemoryMemberships memberships = new InMemoryMemberships();
    final InMemoryLearners learners = new InMemoryLearners();
    final Learner alice;
    final Learner bob;
    final Learner carol;
    private final Map<Who, Actor> actors = new EnumMap<>(Who.class);

    LearnerScene() {
        schools.seed(school(SCHOOL_A, "École A", Program.of("BTS-SON", "BTS Audiovisuel option son", "BTS", 24),
                Program.of("CAP-MVA", "CAP Maintenance des véhicules", "CAP", 24)));
        schools.seed(school(SCHOOL_B, "École B", Program.of("BAC-PRO-MV", "Bac Pro Maintenance", "Bac Pro", 36)));
        alice = seedLearner(learner("learner-alice", "alice", "Alice", "Martin",
                new Academic(SCHOOL_A, "A-001", "BTS-SON", 2026, List.of("Prise de son"), List.of(), List.of()),
                ArrivalSource.SCHOOL_IMPORT).withSkill(SOUND_MIXING, Fixtures.NOW));
        bob = seedLearner(learner("learner-bob", "bob", "Bob", "Durand", Academic.NONE,
                ArrivalSource.SELF_REGISTRATION));
        carol = seedLearner(learner("learner-carol", null, "Carol", "Petit",
                new Academic(SCHOOL_B, "B-001", "BAC-PRO-MV", 2025, List.of(), List.of(), List.of()),
                ArrivalSource.SCHOOL_IMPORT));
        actors.put(Who.PLATFORM_ADMIN, Actors.platformAdmin());
        actors.put(Who.ADVISOR, Actors.advisor());
        actors.put(Who.THE_LEARNER, Actors.learner("alice"));
        actors.put(Who.ADMIN_OF_SCHOOL_A, Actors.member(memberships, "admin-a", Tenant.school(SCHOOL_A),
                MembershipRole.SCHOOL_ADMIN));
        actors.put(Who.STAFF_OF_SCHOOL_A, Actors.member(memberships, "staff-a", Tenant.school(SCHOOL_A),
                MembershipRole.SCHOOL_STAFF));
        actors.put(Who.ADMIN_OF_SCHOOL_B, Actors.member(memberships, "admin-b", Tenant.school(SCHOOL_B),
                MembershipRole.SCHOOL_ADMIN));
        actors.put(Who.RECRUITER, Actors.member(memberships, "recruiter", Tenant.company("company-1"),
                MembershipRole.RECRUITER));
        actors.put(Who.ANOTHER_LEARNER, Actors.learner("bob"));
    }

    Actor as(Who who) {
        return actors.get(who);
    }

    Learner stored(Learner learner) {
        return learners.findById(learner.id()).orElseThrow();
    }

    Learner seedLearner(Learner learner) {
        learners.seed(learner);
        return learner;
    }

    static School school(String id, String name, Program... programs) {
        return new School(id, new SchoolProfile(name, SchoolKind.SOUND, null, null, null, null),
                PartnershipTier.DISCOVERY, List.of(programs), "seed", Fixtures.NOW, Fixtures.NOW, 0);
    }

    /** A learner as registered at {@link Fixtures#NOW}, e-mail {@code <first name>@mail.test} in lower case. */
    static Learner learner(String id, String subject, String firstName, String lastName, Academic academic,
                           ArrivalSource source) {
        return Learner.register(id, subject, identity(firstName, lastName), LearnerType.STUDENT, source, academic,
                "seed", Fixtures.NOW);
    }

    static LearnerIdentity identity(String firstName, String lastName) {
        return new LearnerIdentity(firstName, lastName, Actors.emailOf(firstName.toLowerCase(Locale.ROOT)), null,
                null, null);
    }
}
