package fr.passerelle.internship.persistence;

import static fr.passerelle.persistence.Fixtures.T0;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.Interview;
import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.Rhythm;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.StatusChange;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Builders for the internship persistence tests. Defaults: a published, untargeted, on-site sound internship in
 * Lyon of company-1, starting a month after {@link #TODAY}, paying 650 € a month; and a submitted application of
 * a school-a learner to offer-1. Each test sets only what it is about. Instants carry milliseconds (what MongoDB
 * stores), so round trips compare exactly.
 */
final class InternshipData {

    /** The day the tests read offers on (passed explicitly in every scope and prefilter). */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final GeoPoint LYON = new GeoPoint(45.7640, 4.8357);
    /** About 4 km east of {@link #LYON}. */
    static final GeoPoint VILLEURBANNE = new GeoPoint(45.7719, 4.8902);
    /** About 390 km from {@link #LYON}. */
    static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

    private InternshipData() {
    }

    static TermsBuilder terms() {
        return new TermsBuilder();
    }

    static OfferBuilder offer(String id) {
        return new OfferBuilder(id);
    }

    static ApplicationBuilder application(String id) {
        return new ApplicationBuilder(id);
    }

    static SkillRequirement requirement(String code) {
        return new SkillRequirement(code, ProficiencyLevel.INTERMEDIATE);
    }

    /** Offer terms, every field settable; {@link #build()} may be called repeatedly. */
    static final class TermsBuilder {
        private OfferKind kind = OfferKind.INTERNSHIP;
        private String title = "Assistant son";
        private String description = "Prise de son en studio.";
        private String siteId = "site-lyon";
        private GeoPoint location = LYON;
        private String city = "Lyon";
        private String tutorMembershipId;
        private LocalDate startDate = TODAY.plusDays(30);
        private LocalDate endDate = TODAY.plusDays(120);
        private int hoursPerWeek = 35;
        private Money monthlyStipend = Money.euros(650);
        private List<SkillRequirement> requiredSkills = List.of();
        private List<SkillRequirement> niceToHaveSkills = List.of();
        private List<String> specialisations = List.of();
        private List<LanguageRequirement> languages = List.of();
        private int positions = 1;
        private Set<String> targetSchoolIds = Set.of();
        private Set<String> targetProgramCodes = Set.of();
        private WorkMode workMode = WorkMode.ON_SITE;
        private Rhythm rhythm;

        TermsBuilder kind(OfferKind value) {
            kind = value;
            return this;
        }

        TermsBuilder title(String value) {
            title = value;
            return this;
        }

        TermsBuilder description(String value) {
            description = value;
            return this;
        }

        TermsBuilder siteId(String value) {
            siteId = value;
            return this;
        }

        TermsBuilder location(GeoPoint value) {
            location = value;
            return this;
        }

        TermsBuilder city(String value) {
            city = value;
            return this;
        }

        TermsBuilder tutor(String membershipId) {
            tutorMembershipId = membershipId;
            return this;
        }

        TermsBuilder startDate(LocalDate value) {
            startDate = value;
            endDate = value.plusDays(90);
            return this;
        }

        TermsBuilder dates(LocalDate start, LocalDate end) {
            startDate = start;
            endDate = end;
            return this;
        }

        TermsBuilder hoursPerWeek(int value) {
            hoursPerWeek = value;
            return this;
        }

        TermsBuilder stipend(Money value) {
            monthlyStipend = value;
            return this;
        }

        TermsBuilder required(SkillRequirement... values) {
            requiredSkills = List.of(values);
            return this;
        }

        TermsBuilder niceToHave(SkillRequirement... values) {
            niceToHaveSkills = List.of(values);
            return this;
        }

        TermsBuilder specialisations(String... values) {
            specialisations = List.of(values);
            return this;
        }

        TermsBuilder languages(LanguageRequirement... values) {
            languages = List.of(values);
            return this;
        }

        TermsBuilder positions(int value) {
            positions = value;
            return this;
        }

        TermsBuilder targetSchools(String... ids) {
            targetSchoolIds = Set.of(ids);
            return this;
        }

        TermsBuilder targetPrograms(String... codes) {
            targetProgramCodes = Set.of(codes);
            return this;
        }

        TermsBuilder workMode(WorkMode value) {
            workMode = value;
            return this;
        }

        TermsBuilder rhythm(Rhythm value) {
            rhythm = value;
            return this;
        }

        OfferTerms build() {
            return new OfferTerms(kind, title, description, siteId, location, city, tutorMembershipId, startDate,
                    endDate, hoursPerWeek, monthlyStipend, requiredSkills, niceToHaveSkills, specialisations,
                    languages, positions, targetSchoolIds, targetProgramCodes, workMode, rhythm);
        }
    }

    /**
     * An offer as stored, in any status without going through the transitions. Published offers default to being
     * published an hour after their creation; drafts have no publication time.
     */
    static final class OfferBuilder {
        private final String id;
        private String companyId = "company-1";
        private OfferTerms terms = InternshipData.terms().build();
        private OfferStatus status = OfferStatus.PUBLISHED;
        private int termsVersion = 1;
        private List<String> acceptedApplicationIds = List.of();
        private Instant createdAt = T0;
        private Instant publishedAt;
        private boolean publishedAtSet;

        private OfferBuilder(String id) {
            this.id = id;
        }

        OfferBuilder company(String value) {
            companyId = value;
            return this;
        }

        OfferBuilder terms(OfferTerms value) {
            terms = value;
            return this;
        }

        OfferBuilder terms(TermsBuilder value) {
            terms = value.build();
            return this;
        }

        OfferBuilder status(OfferStatus value) {
            status = value;
            return this;
        }

        OfferBuilder termsVersion(int value) {
            termsVersion = value;
            return this;
        }

        OfferBuilder accepted(String... applicationIds) {
            acceptedApplicationIds = List.of(applicationIds);
            return this;
        }

        OfferBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        OfferBuilder publishedAt(Instant value) {
            publishedAt = value;
            publishedAtSet = true;
            return this;
        }

        InternshipOffer build() {
            Instant published = publishedAtSet ? publishedAt
                    : status == OfferStatus.DRAFT ? null : createdAt.plusSeconds(3_600);
            Instant updatedAt = published == null ? createdAt.plusMillis(7) : published.plusMillis(7);
            return new InternshipOffer(id, companyId, terms, status, termsVersion, acceptedApplicationIds,
                    "sub-recruiter", createdAt, updatedAt, published, 0);
        }
    }

    /** An application as stored, its history holding its submission. */
    static final class ApplicationBuilder {
        private final String id;
        private String offerId = "offer-1";
        private String companyId = "company-1";
        private String learnerId = "learner-1";
        private String learnerSubject = "sub-learner-1";
        private String schoolId = "school-a";
        private int termsVersion = 1;
        private String message;
        private Set<ProfilePart> sharedParts = Set.of(ProfilePart.ACADEMIC);
        private ApplicationStatus status = ApplicationStatus.SUBMITTED;
        private List<StatusChange> history;
        private Interview interview;
        private Instant createdAt = T0;
        private Instant updatedAt;

        private ApplicationBuilder(String id) {
            this.id = id;
        }

        ApplicationBuilder offer(String value) {
            offerId = value;
            return this;
        }

        ApplicationBuilder company(String value) {
            companyId = value;
            return this;
        }

        /** The learner and their account, {@code sub-<learnerId>}. */
        ApplicationBuilder learner(String value) {
            learnerId = value;
            learnerSubject = "sub-" + value;
            return this;
        }

        ApplicationBuilder subject(String value) {
            learnerSubject = value;
            return this;
        }

        ApplicationBuilder school(String value) {
            schoolId = value;
            return this;
        }

        ApplicationBuilder termsVersion(int value) {
            termsVersion = value;
            return this;
        }

        ApplicationBuilder message(String value) {
            message = value;
            return this;
        }

        ApplicationBuilder shared(ProfilePart... parts) {
            sharedParts = Set.of(parts);
            return this;
        }

        ApplicationBuilder status(ApplicationStatus value) {
            status = value;
            return this;
        }

        ApplicationBuilder history(StatusChange... steps) {
            history = List.of(steps);
            return this;
        }

        ApplicationBuilder interview(Interview value) {
            interview = value;
            return this;
        }

        ApplicationBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        ApplicationBuilder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        Application build() {
            List<StatusChange> steps = history != null ? history
                    : List.of(new StatusChange(ApplicationStatus.SUBMITTED, createdAt, learnerSubject, null));
            return new Application(id, offerId, companyId, learnerId, learnerSubject, schoolId, termsVersion, message,
                    sharedParts, status, steps, interview, createdAt, updatedAt == null ? createdAt : updatedAt, 0);
        }
    }
}
