package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.StoredDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Stored offer: the offer as the domain holds it, plus fields derived for the queries.
 *
 * <ul>
 *   <li>{@code searchTokens}: the normalised words of the title, description, city, specialisations and skills
 *       ({@link OfferTokens}); keyword search is {@code $all} on them, because the embedded store has no
 *       {@code $text}.</li>
 *   <li>{@code skillCodes}: the codes of every skill asked for, required or nice to have, for the matching
 *       prefilter.</li>
 *   <li>{@code listedAt}: when the offer was published, or created for a draft: the default order's key, never
 *       null.</li>
 *   <li>{@code stipendKey}: the monthly stipend in minor units, 0 without one, for the stipend filter and order.</li>
 * </ul>
 *
 * <p>Dates are ISO-8601 text, zone-free and ordered (see {@code LearnerDocument}). Coordinates are plain numbers
 * so the matching and distance prefilters are two index-friendly ranges (no geo operators on the embedded store).
 *
 * <p>Indexes: the board's orders (status first: the board lists PUBLISHED only), a company's orders, tokens and
 * skills (multikey), and the latitude/longitude box.
 */
@Document("internship_offers")
@CompoundIndex(name = "board_listed_order", def = "{'status': 1, 'listedAt': 1, '_id': 1}")
@CompoundIndex(name = "board_start_order", def = "{'status': 1, 'terms.startDate': 1, '_id': 1}")
@CompoundIndex(name = "board_stipend_order", def = "{'status': 1, 'stipendKey': 1, '_id': 1}")
@CompoundIndex(name = "company_listed_order", def = "{'companyId': 1, 'listedAt': 1, '_id': 1}")
@CompoundIndex(name = "company_start_order", def = "{'companyId': 1, 'terms.startDate': 1, '_id': 1}")
@CompoundIndex(name = "company_stipend_order", def = "{'companyId': 1, 'stipendKey': 1, '_id': 1}")
@CompoundIndex(name = "board_tokens", def = "{'searchTokens': 1, 'status': 1}")
@CompoundIndex(name = "board_skills", def = "{'skillCodes': 1, 'status': 1}")
@CompoundIndex(name = "board_box", def = "{'status': 1, 'terms.location.latitude': 1, 'terms.location.longitude': 1}")
record OfferDocument(
        @Id String id,
        String companyId,
        TermsDocument terms,
        OfferStatus status,
        int termsVersion,
        List<String> acceptedApplicationIds,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant listedAt,
        List<String> searchTokens,
        List<String> skillCodes,
        long stipendKey,
        long version) implements StoredDocument {

    record TermsDocument(OfferKind kind, String title, String description, String siteId, GeoPointDocument location,
                         String city, String tutorMembershipId, String startDate, String endDate, int hoursPerWeek,
                         MoneyDocument monthlyStipend, List<SkillDocument> requiredSkills,
                         List<SkillDocument> niceToHaveSkills, List<String> specialisations,
                         List<LanguageDocument> languages, int positions, Set<String> targetSchoolIds,
                         Set<String> targetProgramCodes, WorkMode workMode, RhythmDocument rhythm,
                         String postReference) {
    }

    record GeoPointDocument(double latitude, double longitude) {
    }


    record SkillDocument(String code, ProficiencyLevel minimumLevel) {
    }

    record LanguageDocument(String code, CefrLevel minimumLevel) {
    }

    record RhythmDocument(int schoolDaysPerWeek, int companyDaysPerWeek) {
    }
}
