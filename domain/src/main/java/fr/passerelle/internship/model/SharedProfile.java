package fr.passerelle.internship.model;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.Learner;
import java.util.List;
import java.util.Set;

/**
 * A learner as a company sees them through an application: the name, plus the parts the learner chose to share.
 * Matching a company's applicants scores this view too, so a rank never reveals what was not shared. The identity is
 * kept whole for the record's invariants; readers show its contact data only when {@link ProfilePart#CONTACT} is
 * shared, and never the birth date or address. The readiness score is left out: it is computed from every part.
 */
public final class SharedProfile {

    private SharedProfile() {
    }

    public static Learner of(Learner learner, Set<ProfilePart> shared) {
        return new Learner(learner.id(), null, learner.identity(), learner.type(), learner.status(), learner.source(),
                shared.contains(ProfilePart.ACADEMIC) ? withoutStudentId(learner.academic()) : Academic.NONE,
                shared.contains(ProfilePart.SKILLS) ? learner.skills() : List.of(),
                shared.contains(ProfilePart.BACKGROUND) ? learner.background() : Background.NONE,
                shared.contains(ProfilePart.CAREER) ? learner.career() : CareerPreferences.NONE,
                0, null, learner.createdAt(), learner.updatedAt(), learner.version());
    }

    /** The school's own student number is the school's business, not the company's. */
    private static Academic withoutStudentId(Academic academic) {
        return new Academic(academic.schoolId(), null, academic.programCode(), academic.graduationYear(),
                academic.specialisations(), academic.projects(), academic.languages());
    }
}
