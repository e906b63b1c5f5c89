package fr.passerelle.internship.graphql;

import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.learner.graphql.LearnerView.AcademicView;
import fr.passerelle.learner.graphql.LearnerView.CareerView;
import fr.passerelle.learner.graphql.LearnerView.SkillView;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.shared.model.EmailAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * GraphQL {@code Applicant}: the name, and each part only if the learner shared it (null otherwise, so "not shared"
 * and "empty" stay distinct). Never the birth date, the address or the home base.
 */
record ApplicantView(String firstName, String lastName, EmailAddress email, String phone, AcademicView academic,
                     List<SkillView> skills, Background background, CareerView career) {

    /** @param shared the parts the company is served now; {@code learner} is already the shared profile */
    static ApplicantView of(Learner learner, Set<ProfilePart> shared, LocalDate today) {
        var identity = learner.identity();
        boolean contact = shared.contains(ProfilePart.CONTACT);
        return new ApplicantView(identity.firstName(), identity.lastName(), contact ? identity.email() : null,
                contact ? identity.phone() : null,
                shared.contains(ProfilePart.ACADEMIC) ? AcademicView.of(learner.academic()) : null,
                shared.contains(ProfilePart.SKILLS)
                        ? learner.skills().stream().map(skill -> SkillView.of(skill, today)).toList() : null,
                shared.contains(ProfilePart.BACKGROUND) ? learner.background() : null,
                shared.contains(ProfilePart.CAREER) ? CareerView.of(learner.career(), false) : null);
    }
}
