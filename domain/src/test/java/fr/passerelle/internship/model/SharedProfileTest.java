package fr.passerelle.internship.model;

import static fr.passerelle.internship.model.InternshipTestData.learner;
import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.shared.model.WebAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SharedProfileTest {

    private static final Learner LEARNER = learner().build()
            .withBackground(new Background(List.of(), List.of(), List.of(WebAddress.of("https://alice.example.org"))),
                    NOW)
            .claimedBy("alice", NOW);

    /** The academic part as a company may read it: the school's own student number left out. */
    private static Academic academicWithoutStudentId() {
        Academic academic = LEARNER.academic();
        return new Academic(academic.schoolId(), null, academic.programCode(), academic.graduationYear(),
                academic.specialisations(), academic.projects(), academic.languages());
    }

    /** The career part as a company may read it: the home base only as the centre of its grid cell. */
    private static CareerPreferences careerWithCoarseHomeBase() {
        CareerPreferences career = LEARNER.career();
        CareerPreferences.Mobility mobility = career.mobility();
        return new CareerPreferences(career.targetRoles(), career.preferredSectors(),
                new CareerPreferences.Mobility(SharedProfile.HOME_GRID.cellCentre(mobility.homeBase()),
                        mobility.radiusKm(), mobility.willingToRelocate(), mobility.drivingLicence()),
                career.availability(), career.salaryExpectation());
    }

    @ParameterizedTest
    @EnumSource(ProfilePart.class)
    void sharing_one_part_shows_that_part_and_hides_the_others(ProfilePart part) {
        Learner shared = SharedProfile.of(LEARNER, Set.of(part));

        assertThat(shared.academic()).isEqualTo(part == ProfilePart.ACADEMIC ? academicWithoutStudentId()
                : Academic.NONE);
        assertThat(shared.skills()).isEqualTo(part == ProfilePart.SKILLS ? LEARNER.skills() : List.of());
        assertThat(shared.background()).isEqualTo(part == ProfilePart.BACKGROUND ? LEARNER.background()
                : Background.NONE);
        assertThat(shared.career()).isEqualTo(part == ProfilePart.CAREER ? careerWithCoarseHomeBase()
                : CareerPreferences.NONE);
    }

    @Test
    void sharing_everything_still_hides_the_schools_student_number() {
        Learner shared = SharedProfile.of(LEARNER, EnumSet.allOf(ProfilePart.class));

        assertThat(LEARNER.academic().externalStudentId()).isEqualTo("A-001");
        assertThat(shared.academic()).isEqualTo(academicWithoutStudentId());
        assertThat(shared.academic().externalStudentId()).isNull();
        assertThat(shared.skills()).isEqualTo(LEARNER.skills());
        assertThat(shared.background()).isEqualTo(LEARNER.background());
        assertThat(shared.career()).isEqualTo(careerWithCoarseHomeBase());
        assertThat(shared.career().mobility().homeBase()).as("never the home base itself")
                .isNotEqualTo(LEARNER.career().mobility().homeBase());
    }

    @Test
    void sharing_nothing_keeps_the_name_but_not_the_account() {
        Learner shared = SharedProfile.of(LEARNER, Set.of());

        assertThat(shared.id()).isEqualTo(LEARNER.id());
        assertThat(shared.identity().displayName()).isEqualTo("Alice Martin");
        assertThat(shared.subject()).isNull();
        assertThat(shared.createdBy()).isNull();
        assertThat(shared.academic()).isEqualTo(Academic.NONE);
        assertThat(shared.skills()).isEmpty();
        assertThat(shared.background()).isEqualTo(Background.NONE);
        assertThat(shared.career()).isEqualTo(CareerPreferences.NONE);
    }
}
