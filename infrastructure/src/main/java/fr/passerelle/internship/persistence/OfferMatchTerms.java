package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.shared.model.GeoPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Field;

/**
 * The matching prefilter's projection of a stored offer ({@link OfferDocument}) and its reading into
 * {@link MatchTerms}. Matching reads thousands of offers per request: mapping each whole document through Spring
 * Data (titles, descriptions, search tokens, outbox) cost more than ranking them, so the store sends only these
 * fields and they are read straight from BSON.
 */
final class OfferMatchTerms {

    private static final String TERMS = "terms.";
    private static final List<String> TERMS_FIELDS = List.of("startDate", "endDate", "workMode", "location",
            "requiredSkills", "niceToHaveSkills", "specialisations", "languages", "targetSchoolIds",
            "targetProgramCodes");

    private OfferMatchTerms() {
    }

    /** Includes exactly the fields {@link #read} needs. */
    static void project(Field fields) {
        fields.include("status");
        TERMS_FIELDS.forEach(field -> fields.include(TERMS + field));
    }

    static MatchTerms read(Document offer) {
        Document terms = offer.get("terms", Document.class);
        Document location = terms.get("location", Document.class);
        return new MatchTerms(offer.getString("_id"), OfferStatus.valueOf(offer.getString("status")),
                LocalDate.parse(terms.getString("startDate")), LocalDate.parse(terms.getString("endDate")),
                WorkMode.valueOf(terms.getString("workMode")),
                location == null ? null : new GeoPoint(location.getDouble("latitude"),
                        location.getDouble("longitude")),
                list(terms, "requiredSkills", OfferMatchTerms::skill),
                list(terms, "niceToHaveSkills", OfferMatchTerms::skill),
                list(terms, "specialisations", String.class::cast),
                list(terms, "languages", OfferMatchTerms::language),
                Set.copyOf(list(terms, "targetSchoolIds", String.class::cast)),
                Set.copyOf(list(terms, "targetProgramCodes", String.class::cast)));
    }

    private static SkillRequirement skill(Object stored) {
        Document skill = (Document) stored;
        return new SkillRequirement(skill.getString("code"),
                ProficiencyLevel.valueOf(skill.getString("minimumLevel")));
    }

    private static LanguageRequirement language(Object stored) {
        Document language = (Document) stored;
        return new LanguageRequirement(language.getString("code"),
                CefrLevel.valueOf(language.getString("minimumLevel")));
    }

    /** A stored list, empty when the field is absent (the mapping leaves out what is null). */
    private static <T> List<T> list(Document terms, String field, Function<Object, T> element) {
        List<?> stored = terms.get(field, List.class);
        return stored == null ? List.of() : stored.stream().map(element).toList();
    }
}
