package fr.passerelle.internship.model;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.learner.model.CareerPreferences.Mobility;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.shared.model.GeoGrid;
import java.util.List;
import java.util.Set;

/**
 * A learner as a company sees them through an application: the name, plus the parts the learner chose to share.
 * Matching a company's applicants scores this view too, so a rank never reveals what was not shared. The identity is
 * kept whole for the record's invariants; readers show its contact data only when {@link ProfilePart#CONTACT} is
 * shared, and never the birth date or address. The readiness score is left out: it is computed from every part.
 * The home base, when the career part is shared, is only the centre of its {@value #HOME_CELL_KM} km grid cell:
 * whatever a company reads is computed from that, so no number of sites can trilaterate more than the cell.
 */
public final class SharedProfile {

    /**
     * An applicant as the company is served them now: the shared profile and the parts it may show (see
     * {@link Application#partsServedToCompany}).
     */
    public record Served(Learner learner, Set<ProfilePart> parts) {

        public Served {
            parts = Set.copyOf(parts);
        }
    }

    /** The side of the grid cell a company's view of a home base is snapped to. */
    public static final int HOME_CELL_KM = 5;
    /** The grid of {@link #HOME_CELL_KM} cells. */
    public static final GeoGrid HOME_GRID = new GeoGrid(HOME_CELL_KM);

    private SharedProfile() {
    }

    public static Learner of(Learner learner, Set<ProfilePart> shared) {
        return new Learner(learner.id(), null, null, learner.identity(), learner.type(), learner.status(),
                learner.source(),
                shared.contains(ProfilePart.ACADEMIC) ? withoutStudentId(learner.academic()) : Academic.NONE,
                shared.contains(ProfilePart.SKILLS) ? learner.skills() : List.of(),
                shared.contains(ProfilePart.BACKGROUND) ? learner.background() : Background.NONE,
                shared.contains(ProfilePart.CAREER) ? withCoarseHomeBase(learner.career()) : CareerPreferences.NONE,
                0, null, learner.createdAt(), learner.updatedAt(), learner.version());
    }

    private static CareerPreferences withCoarseHomeBase(CareerPreferences career) {
        Mobility mobility = career.mobility();
        if (mobility == null || mobility.homeBase() == null) {
            return career;
        }
        return new CareerPreferences(career.targetRoles(), career.preferredSectors(),
                new Mobility(HOME_GRID.cellCentre(mobility.homeBase()), mobility.radiusKm(),
                        mobility.willingToRelocate(), mobility.drivingLicence()),
                career.availability(), career.salaryExpectation());
    }

    /** The school's own student number is the school's business, not the company's. */
    private static Academic withoutStudentId(Academic academic) {
        return new Academic(academic.schoolId(), null, academic.programCode(), academic.graduationYear(),
                academic.specialisations(), academic.projects(), academic.languages());
    }
}
