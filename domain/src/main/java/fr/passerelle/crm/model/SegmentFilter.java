package fr.passerelle.crm.model;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A segment's filter: data, validated and bounded, resolved on every read into a {@link ContactQuery} against the
 * day's date (ages and "no interaction for N days" move with time). All criteria must hold; within one, any value.
 *
 * @param stageTarget          the target kind {@code stages} apply to; null for any
 * @param tagsAny              contacts carrying at least one of these tags
 * @param tagsAll              contacts carrying all of these tags
 * @param minAge               age band, from birth year (contacts without one are left out of a band)
 * @param departments          French departments of the postal address ({@code 69}, {@code 75}, {@code 974}; Corsica is {@code 20})
 * @param noInteractionForDays no call, e-mail or meeting logged for this many days, never included
 * @param consent              the contact's platform user granted this purpose in the consent ledger
 */
public record SegmentFilter(Set<ContactRole> roles, String stageTarget, Set<LifecycleStage> stages,
                            Set<ContactSource> sources, Set<ContactSituation> situations, Set<String> tagsAny,
                            Set<String> tagsAll, Integer minAge, Integer maxAge, Set<String> departments,
                            Integer noInteractionForDays, ConsentPurpose consent) {

    /** No criterion: every active contact. */
    public static final SegmentFilter NONE = new SegmentFilter(null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** The most values one criterion lists. */
    public static final int MAX_VALUES = 20;
    /** Ten years: beyond, "no interaction" means "never" for any CRM. */
    public static final int MAX_DAYS = 3650;
    private static final Pattern DEPARTMENT = Pattern.compile("0[1-9]|[1-8][0-9]|9[0-5]|97[1-6]");

    public SegmentFilter {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        sources = sources == null ? Set.of() : Set.copyOf(sources);
        situations = situations == null ? Set.of() : Set.copyOf(situations);
        tagsAny = tagsAny == null ? Set.of() : Set.copyOf(tagsAny);
        tagsAll = tagsAll == null ? Set.of() : Set.copyOf(tagsAll);
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    /** The filter as typed, checked: every problem at once, under its field's name. */
    public static SegmentFilter validated(SegmentFilter raw) {
        var checks = new Checks();
        String target = checks.optionalText("stageTarget", raw.stageTarget(), Limits.CODE);
        Set<String> any = Set.copyOf(checks.texts("tagsAny", List.copyOf(raw.tagsAny()), Limits.CODE));
        Set<String> all = Set.copyOf(checks.texts("tagsAll", List.copyOf(raw.tagsAll()), Limits.CODE));
        bounded(checks, "roles", raw.roles());
        bounded(checks, "stages", raw.stages());
        bounded(checks, "sources", raw.sources());
        bounded(checks, "situations", raw.situations());
        bounded(checks, "tagsAny", any);
        bounded(checks, "tagsAll", all);
        bounded(checks, "departments", raw.departments());
        raw.departments().stream().filter(d -> !DEPARTMENT.matcher(d).matches()).findFirst()
                .ifPresent(d -> checks.add("departments", ErrorCode.INVALID, "error.crm.segment.department"));
        Integer min = checks.count("minAge", raw.minAge(), ContactDraft.MIN_AGE, Limits.LIFETIME_YEARS);
        Integer max = checks.count("maxAge", raw.maxAge(), ContactDraft.MIN_AGE, Limits.LIFETIME_YEARS);
        if (min != null && max != null && min > max) {
            checks.add("maxAge", ErrorCode.INVALID, "error.crm.segment.age-band");
        }
        Integer days = checks.count("noInteractionForDays", raw.noInteractionForDays(), 1, MAX_DAYS);
        checks.throwIfAny();
        return new SegmentFilter(raw.roles(), target, raw.stages(), raw.sources(), raw.situations(), any, all, min,
                max, raw.departments(), days, raw.consent());
    }

    private static void bounded(Checks checks, String path, Set<?> values) {
        if (values.size() > MAX_VALUES) {
            checks.add(path, ErrorCode.OUT_OF_RANGE, "error.list.too-long", MAX_VALUES);
        }
    }

    /** The store's query today: an age of A years is a birth year of this year minus A or minus A + 1. */
    public ContactQuery resolve(LocalDate today, Instant now) {
        int year = today.getYear();
        return new ContactQuery(roles, stageTarget, stages, sources, situations, tagsAny, tagsAll,
                maxAge == null ? null : year - maxAge - 1, minAge == null ? null : year - minAge, departments,
                noInteractionForDays == null ? null : now.minus(Duration.ofDays(noInteractionForDays)), consent);
    }

    /**
     * Whether it selects by the person's details (situation, age, region), which only those who work the CRM read: a
     * list filtered by them would tell the others those details.
     */
    public boolean readsPersonalDetails() {
        return situations != null && !situations.isEmpty() || minAge != null || maxAge != null
                || departments != null && !departments.isEmpty();
    }
}
