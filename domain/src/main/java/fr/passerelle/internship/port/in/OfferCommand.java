package fr.passerelle.internship.port.in;

import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.Rhythm;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An offer's terms as sent; {@link #validate} reports every problem at once. The site is resolved by the service
 * (it must be one of the company's), which passes its coordinates and city.
 */
public record OfferCommand(OfferKind kind, String title, String description, String siteId, String tutorMembershipId,
                           LocalDate startDate, LocalDate endDate, Integer hoursPerWeek, Money monthlyStipend,
                           List<SkillInput> requiredSkills, List<SkillInput> niceToHaveSkills,
                           List<String> specialisations, List<LanguageInput> languages, Integer positions,
                           List<String> targetSchoolIds, List<String> targetProgramCodes, WorkMode workMode,
                           RhythmInput rhythm, String postReference) {

    /** French law caps weekly working time at 48 hours; no offer may ask for more. */
    static final int MAX_HOURS_PER_WEEK = 48;
    /** More positions than this in one offer is a job board, not an offer. */
    static final int MAX_POSITIONS = 100;
    static final int DAYS_PER_WEEK = 7;

    /** A skill asked for, as sent. */
    public record SkillInput(String code, ProficiencyLevel minimumLevel) {
    }

    /** A language asked for, as sent. */
    public record LanguageInput(String code, CefrLevel minimumLevel) {
    }

    /** An apprenticeship's alternation, as sent. */
    public record RhythmInput(Integer schoolDaysPerWeek, Integer companyDaysPerWeek) {
    }

    /** The terms checked; the dates are planned dates around {@code today} ({@link DateWindow#plans}). */
    public OfferTerms validate(GeoPoint siteLocation, String siteCity, LocalDate today) {
        var checks = new Checks();
        checks.required("kind", kind);
        String cleanTitle = checks.text("title", title, Limits.NAME);
        String cleanDescription = checks.optionalText("description", description, Limits.LONG_TEXT, TextKind.PROSE);
        checks.required("siteId", siteId);
        checks.dateRange("startDate", startDate, "endDate", endDate, DateWindow.plans(today));
        checks.count("hoursPerWeek", checks.required("hoursPerWeek", hoursPerWeek), 1, MAX_HOURS_PER_WEEK);
        if (monthlyStipend != null && monthlyStipend.amountInMinorUnits() < 0) {
            checks.add("monthlyStipend", ErrorCode.OUT_OF_RANGE, "error.number.negative");
        }
        int cleanPositions = positions == null ? 1 : positions;
        checks.count("positions", cleanPositions, 1, MAX_POSITIONS);
        checks.required("workMode", workMode);
        Rhythm cleanRhythm = rhythm(checks);
        Set<String> seenSkills = new HashSet<>();
        List<SkillRequirement> required = skills(checks, "requiredSkills", requiredSkills, seenSkills);
        List<SkillRequirement> nice = skills(checks, "niceToHaveSkills", niceToHaveSkills, seenSkills);
        List<LanguageRequirement> cleanLanguages = languages(checks);
        List<String> cleanSpecialisations = checks.texts("specialisations", specialisations, Limits.SHORT_TEXT);
        List<String> schools = checks.texts("targetSchoolIds", targetSchoolIds, Limits.CODE);
        List<String> programs = checks.texts("targetProgramCodes", targetProgramCodes, Limits.CODE);
        String post = checks.optionalText("postReference", postReference, Limits.SHORT_TEXT);
        checks.throwIfAny();
        return new OfferTerms(kind, cleanTitle, cleanDescription, siteId, siteLocation, siteCity,
                blankToNull(tutorMembershipId), startDate, endDate, hoursPerWeek, monthlyStipend, required, nice,
                cleanSpecialisations, cleanLanguages, cleanPositions, Set.copyOf(schools), Set.copyOf(programs),
                workMode, cleanRhythm, post);
    }

    private Rhythm rhythm(Checks checks) {
        if (kind != OfferKind.APPRENTICESHIP) {
            if (rhythm != null) {
                checks.add("rhythm", ErrorCode.INVALID, "error.offer.rhythm-apprenticeship-only");
            }
            return null;
        }
        if (rhythm == null || rhythm.schoolDaysPerWeek() == null || rhythm.companyDaysPerWeek() == null) {
            checks.add("rhythm", ErrorCode.REQUIRED, "error.offer.rhythm-required");
            return null;
        }
        int school = rhythm.schoolDaysPerWeek();
        int company = rhythm.companyDaysPerWeek();
        if (school < 1 || company < 1 || school + company > DAYS_PER_WEEK) {
            checks.add("rhythm", ErrorCode.OUT_OF_RANGE,
                    "error.offer.rhythm-range", DAYS_PER_WEEK);
            return null;
        }
        return new Rhythm(school, company);
    }

    private static List<SkillRequirement> skills(Checks checks, String path, List<SkillInput> given,
                                                 Set<String> seen) {
        List<SkillRequirement> clean = new ArrayList<>();
        List<SkillInput> items = checks.list(path, given);
        for (int i = 0; i < items.size(); i++) {
            SkillInput skill = items.get(i);
            String code = skill.code() == null ? "" : skill.code().strip();
            if (SkillCatalog.find(code).isEmpty()) {
                checks.add(path + "." + i + ".code", ErrorCode.INVALID, "error.skill.unknown");
            } else if (!seen.add(code)) {
                checks.add(path + "." + i + ".code", ErrorCode.DUPLICATE, "error.skill.asked-twice");
            }
            if (checks.required(path + "." + i + ".minimumLevel", skill.minimumLevel()) != null) {
                clean.add(new SkillRequirement(code, skill.minimumLevel()));
            }
        }
        return clean;
    }

    private List<LanguageRequirement> languages(Checks checks) {
        List<LanguageRequirement> clean = new ArrayList<>();
        Set<String> iso = Set.of(Locale.getISOLanguages());
        List<LanguageInput> items = checks.list("languages", languages);
        for (int i = 0; i < items.size(); i++) {
            LanguageInput language = items.get(i);
            String code = language.code() == null ? "" : language.code().strip().toLowerCase(Locale.ROOT);
            if (!iso.contains(code)) {
                checks.add("languages." + i + ".code", ErrorCode.INVALID, "error.language.code");
            }
            if (checks.required("languages." + i + ".minimumLevel", language.minimumLevel()) != null) {
                clean.add(new LanguageRequirement(code, language.minimumLevel()));
            }
        }
        return clean;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
