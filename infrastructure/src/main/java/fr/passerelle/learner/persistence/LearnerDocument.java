package fr.passerelle.learner.persistence;

import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Background.ExperienceKind;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.LearnerSkill.EvidenceKind;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.persistence.AddressDocument;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.SearchKeys;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored learner: the profile as the domain holds it, plus fields derived for the queries.
 *
 * <ul>
 *   <li>{@code nameKey}: normalised "last first" name, the NAME order's keyset and what name search matches.</li>
 *   <li>{@code skillCodes}: the codes of the skills, for the all-of skills filter.</li>
 *   <li>{@code graduationYearKey}: the graduation year, or {@link #UNKNOWN_GRADUATION_YEAR} when there is none.
 *       Keyset pagination needs a non-null, totally ordered sort value (a {@code Keyset} refuses a null one, and
 *       {@code $gt}/{@code $lt} never match null): leaving learners without a year out of a roster sorted by year
 *       would silently hide them, so they sort after every known year (last ascending, first descending), like a
 *       year that is not planned yet.</li>
 *   <li>{@code enrolmentKey}: {@code schoolId/externalStudentId} when both are set, absent otherwise.</li>
 * </ul>
 *
 * <p>Unique constraints: {@code subject} (one profile per account) and {@code enrolmentKey} (a school's student id
 * names one learner). Both are <em>sparse</em> unique indexes, so any number of documents may lack the field
 * (imported learners have no subject yet, independent learners no enrolment). Sparse rather than partial
 * ({@code partialFilterExpression}): real MongoDB honours both, but the embedded mongo-java-server ignores the
 * partial filter and would then refuse a second document without the field; sparse works on both. A sparse index
 * does index an explicit {@code null}, which is why absent values are never written as null (the mapping leaves null
 * fields out and updates {@code $unset} them).
 *
 * <p>Dates are stored as ISO-8601 text ({@code 2026-03-01}): zone-free and still ordered, whereas Spring Data's
 * default conversion of {@code LocalDate} to a BSON date goes through the JVM's default time zone, so instances in
 * different zones would read a different day.
 *
 * <p>Indexes: each order on its own (platform-wide lists) and after the school (rosters, one school or a few with
 * {@code $in}); the program filter within a school; skills (multikey); unclaimed profiles by e-mail.
 */
@Document("learners")
@CompoundIndex(name = "name_order", def = "{'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "graduation_order", def = "{'graduationYearKey': 1, '_id': 1}")
@CompoundIndex(name = "readiness_order", def = "{'readinessScore': 1, '_id': 1}")
@CompoundIndex(name = "created_order", def = "{'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "school_name_order", def = "{'academic.schoolId': 1, 'nameKey': 1, '_id': 1}")
@CompoundIndex(name = "school_graduation_order", def = "{'academic.schoolId': 1, 'graduationYearKey': 1, '_id': 1}")
@CompoundIndex(name = "school_readiness_order", def = "{'academic.schoolId': 1, 'readinessScore': 1, '_id': 1}")
@CompoundIndex(name = "school_created_order", def = "{'academic.schoolId': 1, 'createdAt': 1, '_id': 1}")
@CompoundIndex(name = "school_program", def = "{'academic.schoolId': 1, 'academic.programCode': 1, 'nameKey': 1}")
@CompoundIndex(name = "school_status", def = "{'academic.schoolId': 1, 'status': 1}")
@CompoundIndex(name = "unclaimed_by_email", def = "{'identity.email': 1, 'subject': 1}")
record LearnerDocument(
        @Id String id,
        @Indexed(name = "unique_subject", unique = true, sparse = true) String subject,
        DetachmentDocument detachment,
        Identity identity,
        LearnerType type,
        LearnerStatus status,
        ArrivalSource source,
        AcademicDocument academic,
        List<SkillDocument> skills,
        BackgroundDocument background,
        CareerDocument career,
        int readinessScore,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String nameKey,
        @Indexed(name = "skill_codes") List<String> skillCodes,
        long graduationYearKey,
        @Indexed(name = "unique_enrolment", unique = true, sparse = true) String enrolmentKey,
        long version) implements StoredDocument {

    /** The sort value of learners without a graduation year: beyond any {@code Integer} year. */
    static final long UNKNOWN_GRADUATION_YEAR = Integer.MAX_VALUE + 1L;

    static String nameKey(String firstName, String lastName) {
        return SearchKeys.normalize(lastName + " " + firstName);
    }

    static long graduationYearKey(Integer graduationYear) {
        return graduationYear == null ? UNKNOWN_GRADUATION_YEAR : graduationYear;
    }

    /**
     * {@code schoolId/externalStudentId}, or null (so absent from the document) unless both are set. Unambiguous
     * because school ids are generated UUIDs, which never contain the separator (external ids may).
     */
    static String enrolmentKey(String schoolId, String externalStudentId) {
        return schoolId == null || externalStudentId == null ? null : schoolId + "/" + externalStudentId;
    }

    /** Absent unless an advisor detached or merged the profile; {@code mergedInto} absent when only detached. */
    record DetachmentDocument(String mergedInto, String reason, String by, Instant at) {
    }

    record Identity(String firstName, String lastName, String email, String phone, String birthDate,
                    AddressDocument address) {
    }

    record AcademicDocument(String schoolId, String externalStudentId, String programCode, Integer graduationYear,
                            List<String> specialisations, List<ProjectDocument> projects,
                            List<LanguageDocument> languages) {
    }

    record ProjectDocument(String title, String description, Integer year, String url) {
    }

    record LanguageDocument(String code, CefrLevel level) {
    }

    /** @param expiresOn ISO date */
    record SkillDocument(String code, ProficiencyLevel level, List<EvidenceDocument> evidence, String expiresOn) {
    }

    record EvidenceDocument(EvidenceKind kind, String description, String url) {
    }

    record BackgroundDocument(List<CertificationDocument> certifications, List<ExperienceDocument> experiences,
                              List<String> portfolio) {
    }

    record CertificationDocument(String name, String issuer, String obtainedOn, String expiresOn) {
    }

    record ExperienceDocument(String title, String employer, ExperienceKind kind, String startDate, String endDate,
                              String description) {
    }

    record CareerDocument(List<String> targetRoles, List<String> preferredSectors, MobilityDocument mobility,
                          List<DateRangeDocument> availability, MoneyDocument salaryExpectation) {
    }

    record MobilityDocument(GeoPointDocument homeBase, Integer radiusKm, boolean willingToRelocate,
                            boolean drivingLicence) {
    }

    record GeoPointDocument(double latitude, double longitude) {
    }

    record DateRangeDocument(String start, String end) {
    }

}
