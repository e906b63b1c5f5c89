package fr.passerelle.agreement.port.in;

import fr.passerelle.agreement.model.AcceptedOffer;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import fr.passerelle.shared.validation.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An agreement as written by the school: the people the platform does not know (signatories, tutor, referent, a
 * minor's legal representative, a host that is not on the platform), the clauses, and optionally the signing
 * circuit. The intern, the school and a host on the platform come from their own records.
 *
 * @param company      the host, for an internship with a company that is not on the platform; ignored otherwise
 * @param companySiret the host's SIRET when it is not on the platform (14 digits), optional
 * @param circuit      the signing steps, each a list of roles signing together; null for the default circuit
 */
public record AgreementDraft(PartyDraft legalRepresentative, PartyDraft company, String companySiret,
                            PartyDraft companySignatory, PartyDraft tutor, PartyDraft schoolSignatory,
                            PartyDraft referent, TermsDraft terms, List<List<SignatoryRole>> circuit) {

    /**
     * Who signs by default, every party D124-4 names: the intern (with a minor's representative), then the host with
     * the tutor, then the referent teacher, who vouches for the teaching content, and last the head of the school.
     */
    public static final List<List<SignatoryRole>> DEFAULT_CIRCUIT = List.of(
            List.of(SignatoryRole.LEARNER, SignatoryRole.LEGAL_REPRESENTATIVE),
            List.of(SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.TUTOR),
            List.of(SignatoryRole.REFERENT),
            List.of(SignatoryRole.SCHOOL_SIGNATORY));

    /**
     * This draft with what it leaves out taken from the offer the learner accepted: the tutor (named by their e-mail,
     * the only thing the platform holds of a member), the dates, a week of the offer's hours spread over Monday to
     * Friday, the stipend as a monthly gratification and the site as the place of work. What the draft says wins.
     */
    public AgreementDraft prefilledFrom(AcceptedOffer offer) {
        PartyDraft tutorDraft = tutor;
        if (offer.tutorEmail() != null && (tutor == null || tutor.email() == null)) {
            tutorDraft = new PartyDraft(tutor == null ? offer.tutorEmail() : tutor.name(), offer.tutorEmail(),
                    tutor == null ? null : tutor.function());
        }
        TermsDraft given = terms != null ? terms : new TermsDraft(null, null, null, null, null, false, null, null,
                false, false, null, null, null, null, null, null, null, null, null, null);
        TermsDraft prefilled = new TermsDraft(
                given.start() != null ? given.start() : offer.start(),
                given.end() != null ? given.end() : offer.end(),
                given.weeks() != null && !given.weeks().isEmpty() ? given.weeks() : List.of(workingWeek(offer)),
                given.country(), given.exceptions(), given.presenceOnHolidays(), given.activities(),
                given.skillsToAcquire(), given.nightPresence(), given.sundayPresence(),
                given.gratification() != null || offer.monthlyStipend() == null ? given.gratification()
                        : new GratificationDraft(offer.monthlyStipend(), true),
                given.paymentTerms(), given.benefits(), given.socialProtection(), given.leaveAndAbsence(),
                given.suspensionAndTermination(), given.evaluation(),
                (given.workplaces() == null || given.workplaces().isEmpty()) && offer.workplace() != null
                        ? List.of(offer.workplace()) : given.workplaces(),
                given.postReference() != null ? given.postReference() : offer.postReference(), given.hostDaysOff());
        return new AgreementDraft(legalRepresentative, company, companySiret, companySignatory, tutorDraft,
                schoolSignatory, referent, prefilled, circuit);
    }

    /** The offer's weekly hours over the five working days (a 35-hour week is five days of 7 hours). */
    private static Map<DayOfWeek, Integer> workingWeek(AcceptedOffer offer) {
        Map<DayOfWeek, Integer> week = new EnumMap<>(DayOfWeek.class);
        int minutes = offer.hoursPerWeek() * 60;
        List<DayOfWeek> days = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        for (int i = 0; i < days.size(); i++) {
            // The minutes that do not divide evenly go to the first days, so the week adds up to the offer's hours.
            week.put(days.get(i), minutes / days.size() + (i < minutes % days.size() ? 1 : 0));
        }
        return week;
    }

    /**
     * One week of the schedule from its days as a client lists them ({@code terms.weeks.i}): a day listed twice is
     * refused rather than one of its values kept.
     */
    public static Map<DayOfWeek, Integer> week(int index, List<Map.Entry<DayOfWeek, Integer>> days) {
        Checks checks = new Checks();
        Map<DayOfWeek, Integer> week = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, Integer> day : days) {
            if (week.containsKey(day.getKey())) {
                checks.add("terms.weeks." + index + "." + day.getKey(), ErrorCode.DUPLICATE,
                        "error.schedule.day-twice");
            }
            week.put(day.getKey(), day.getValue());
        }
        checks.throwIfAny();
        return week;
    }

    /** A person the agreement names. The e-mail lets them sign electronically and the tutor receive links. */
    public record PartyDraft(String name, String email, String function) {
    }

    /**
     * The clauses (see {@link AgreementTerms}) and the period, as sent.
     *
     * @param postReference the host's code or label of the post (at most {@link Limits#SHORT_TEXT} characters)
     * @param hostDaysOff   a host abroad's non-worked days (see {@link InternshipPeriod#hostDaysOff})
     */
    public record TermsDraft(LocalDate start, LocalDate end, List<Map<DayOfWeek, Integer>> weeks, String country,
                             List<ExceptionDraft> exceptions, boolean presenceOnHolidays, String activities,
                             List<String> skillsToAcquire, boolean nightPresence, boolean sundayPresence,
                             GratificationDraft gratification, String paymentTerms, String benefits,
                             String socialProtection, String leaveAndAbsence, String suspensionAndTermination,
                             String evaluation, List<String> workplaces, String postReference,
                             List<LocalDate> hostDaysOff) {
    }

    /**
     * A dated change to the schedule: an absence ({@code absence} true, with its kind) or extra presence.
     *
     * @param leave for an absence, true when it is leave granted under L124-13 (it counts toward the duration)
     */
    public record ExceptionDraft(LocalDate date, int minutes, boolean absence, boolean leave) {
    }

    /** @param monthly true for a flat amount each month, false for an hourly rate */
    public record GratificationDraft(Money amount, boolean monthly) {
    }

    /** The draft checked: its own parties, the terms, the circuit's steps. */
    public record Valid(Party legalRepresentative, Party company, String companySiret, Party companySignatory,
                        Party tutor, Party schoolSignatory, Party referent, AgreementTerms terms,
                        List<List<SignatoryRole>> circuit) {
    }

    /**
     * Checks every part, reporting every problem at once under its path. The period's days must be planned dates
     * around {@code today} ({@link DateWindow#plans}), checked before anything is counted day by day.
     */
    public Valid validate(LocalDate today) {
        Checks checks = new Checks();
        Valid valid = parts(checks, today);
        checks.throwIfAny();
        return valid;
    }

    /**
     * The draft checked as {@link #validate} does, without refusing it: each part that passed (null for the others)
     * and every problem, so a dry run can check the law on the terms while the parties are still wrong.
     */
    public Partial validatePartly(LocalDate today) {
        Checks checks = new Checks();
        Valid valid = parts(checks, today);
        try {
            checks.throwIfAny();
            return new Partial(valid, List.of());
        } catch (BusinessRuleViolation problems) {
            return new Partial(valid, problems.violations());
        }
    }

    /** What {@link #validatePartly} found: the parts that passed, and the problems of the others. */
    public record Partial(Valid valid, List<Violation> problems) {
    }

    private Valid parts(Checks checks, LocalDate today) {
        Party representative = optionalParty(checks, "legalRepresentative", legalRepresentative);
        Party host = optionalParty(checks, "company", company);
        String siret = checks.optionalText("companySiret", companySiret, Limits.CODE);
        if (siret != null && !siret.replace(" ", "").matches("\\d{14}")) {
            checks.add("companySiret", ErrorCode.INVALID, "error.siret.digits");
        }
        Party companySigning = party(checks, "companySignatory", companySignatory, false);
        Party tutorParty = party(checks, "tutor", tutor, true);
        Party schoolSigning = party(checks, "schoolSignatory", schoolSignatory, false);
        Party referentParty = party(checks, "referent", referent, false);
        AgreementTerms validTerms = checks.required("terms", terms) == null ? null : terms(checks, terms, today);
        List<List<SignatoryRole>> steps = circuit == null ? null : circuit(checks);
        return new Valid(representative, host, siret == null ? null : siret.replace(" ", ""), companySigning,
                tutorParty, schoolSigning, referentParty, validTerms, steps);
    }

    private List<List<SignatoryRole>> circuit(Checks checks) {
        Set<SignatoryRole> seen = EnumSet.noneOf(SignatoryRole.class);
        List<List<SignatoryRole>> steps = checks.list("circuit", circuit);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == null || steps.get(i).isEmpty()) {
                checks.add("circuit." + i, ErrorCode.REQUIRED, "error.circuit.step-without-role");
                continue;
            }
            for (SignatoryRole role : steps.get(i)) {
                if (!seen.add(role)) {
                    checks.add("circuit." + i, ErrorCode.DUPLICATE, "error.circuit.role-twice", role);
                }
            }
        }
        if (steps.isEmpty()) {
            checks.add("circuit", ErrorCode.REQUIRED, "error.circuit.no-step");
        }
        return steps;
    }

    /** Terms alone (an amendment's), checked as in {@link #validate}, with errors under {@code terms}. */
    public static AgreementTerms validTerms(TermsDraft draft, LocalDate today) {
        Checks checks = new Checks();
        AgreementTerms valid = checks.required("terms", draft) == null ? null : terms(checks, draft, today);
        checks.throwIfAny();
        return valid;
    }

    private static AgreementTerms terms(Checks checks, TermsDraft draft, LocalDate today) {
        InternshipPeriod period = checks.parse("terms", draft, d -> period(d, DateWindow.plans(today)));
        String activities = checks.text("terms.activities", draft.activities(), Limits.LONG_TEXT, TextKind.PROSE);
        List<String> skills = checks.texts("terms.skillsToAcquire", draft.skillsToAcquire(), Limits.NAME);
        List<String> workplaces = checks.texts("terms.workplaces", draft.workplaces(), Limits.NAME);
        if (workplaces.isEmpty()) {
            checks.add("terms.workplaces", ErrorCode.REQUIRED, "error.agreement.no-workplace");
        }
        ProposedGratification gratification = draft.gratification() == null
                || checks.required("terms.gratification.amount", draft.gratification().amount()) == null ? null
                : checks.parse("terms.gratification", draft.gratification(),
                g -> g.monthly() ? new ProposedGratification.MonthlyFlat(g.amount())
                        : new ProposedGratification.Hourly(g.amount()));
        String paymentTerms = clause(checks, "paymentTerms", draft.paymentTerms());
        String benefits = clause(checks, "benefits", draft.benefits());
        String protection = clause(checks, "socialProtection", draft.socialProtection());
        String leave = clause(checks, "leaveAndAbsence", draft.leaveAndAbsence());
        String termination = clause(checks, "suspensionAndTermination", draft.suspensionAndTermination());
        String evaluation = clause(checks, "evaluation", draft.evaluation());
        String post = checks.optionalText("terms.postReference", draft.postReference(), Limits.SHORT_TEXT);
        if (period == null || activities == null) {
            return null;
        }
        return new AgreementTerms(period, activities, skills, draft.nightPresence(), draft.sundayPresence(),
                gratification, paymentTerms, benefits, protection, leave, termination, evaluation, workplaces, post);
    }

    private static String clause(Checks checks, String name, String text) {
        return checks.optionalText("terms." + name, text, Limits.LONG_TEXT, TextKind.PROSE);
    }

    /** The period, its dates within {@code window}, its value objects checking themselves; paths under {@code terms}. */
    private static InternshipPeriod period(TermsDraft draft, DateWindow window) {
        Checks checks = new Checks();
        DateRange dates = checks.dateRange("start", draft.start(), "end", draft.end(), window);
        List<Map<DayOfWeek, Integer>> weeks = checks.list("weeks", draft.weeks());
        if (weeks.isEmpty()) {
            checks.add("weeks", ErrorCode.REQUIRED, "error.schedule.no-week");
        }
        List<WeekPattern> patterns = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            WeekPattern week = week(checks, "weeks." + i, weeks.get(i));
            if (week != null && week.weeklyMinutes() == 0) {
                checks.add("weeks." + i, ErrorCode.INVALID, "error.schedule.empty-week");
            }
            patterns.add(week);
        }
        List<ExceptionDraft> exceptionDrafts = checks.list("exceptions", draft.exceptions());
        List<ScheduleException> exceptions = new ArrayList<>();
        for (int i = 0; i < exceptionDrafts.size(); i++) {
            ExceptionDraft exception = checks.required("exceptions." + i, exceptionDrafts.get(i));
            if (exception != null && checks.date("exceptions." + i + ".date",
                    checks.required("exceptions." + i + ".date", exception.date()), window) != null) {
                exceptions.add(checks.parse("exceptions." + i, exception, AgreementDraft::exception));
            }
        }
        List<LocalDate> daysOff = draft.hostDaysOff() == null ? List.of() : draft.hostDaysOff();
        if (daysOff.size() > InternshipPeriod.MAX_HOST_DAYS_OFF) {
            checks.add("hostDaysOff", ErrorCode.OUT_OF_RANGE, "error.list.too-long",
                    InternshipPeriod.MAX_HOST_DAYS_OFF);
        } else {
            for (int i = 0; i < daysOff.size(); i++) {
                checks.date("hostDaysOff." + i, checks.required("hostDaysOff." + i, daysOff.get(i)), window);
            }
        }
        checks.throwIfAny();
        // The period checks the days off against its dates and the country (see InternshipPeriod).
        return new InternshipPeriod(dates.start(), dates.end(), new WeeklySchedule(patterns),
                draft.country() == null ? InternshipPeriod.FRANCE : draft.country(), exceptions,
                draft.presenceOnHolidays(), daysOff);
    }

    /** One week, each day's minutes checked under {@code path.DAY} (as the input names it). */
    private static WeekPattern week(Checks checks, String path, Map<DayOfWeek, Integer> days) {
        if (checks.required(path, days) == null) {
            return null;
        }
        EnumMap<DayOfWeek, Integer> minutes = new EnumMap<>(DayOfWeek.class);
        boolean valid = true;
        for (Map.Entry<DayOfWeek, Integer> day : days.entrySet()) {
            Integer dayMinutes = day.getValue();
            if (dayMinutes == null || dayMinutes < 0 || dayMinutes > WeekPattern.MAX_MINUTES_PER_DAY) {
                checks.add(path + "." + day.getKey(), ErrorCode.OUT_OF_RANGE,
                        "error.minutes.out-of-range", 0, WeekPattern.MAX_MINUTES_PER_DAY);
                valid = false;
            } else {
                minutes.put(day.getKey(), dayMinutes);
            }
        }
        return valid ? new WeekPattern(minutes) : null;
    }

    private static ScheduleException exception(ExceptionDraft draft) {
        if (!draft.absence()) {
            return new ScheduleException.ExtraPresence(draft.date(), draft.minutes());
        }
        return new ScheduleException.Absence(draft.date(), draft.minutes(),
                draft.leave() ? ScheduleException.AbsenceKind.LEAVE : ScheduleException.AbsenceKind.OTHER);
    }

    private static Party optionalParty(Checks checks, String path, PartyDraft draft) {
        return draft == null ? null : party(checks, path, draft, false);
    }

    private static Party party(Checks checks, String path, PartyDraft draft, boolean emailRequired) {
        if (checks.required(path, draft) == null) {
            return null;
        }
        String name = checks.text(path + ".name", draft.name(), Limits.NAME);
        String email = emailRequired ? checks.text(path + ".email", draft.email(), Limits.NAME)
                : checks.optionalText(path + ".email", draft.email(), Limits.NAME);
        EmailAddress address = checks.parse(path + ".email", email, EmailAddress::of);
        String function = checks.optionalText(path + ".function", draft.function(), Limits.NAME);
        return name == null ? null : new Party(name, address == null ? null : address.value(), function);
    }
}
