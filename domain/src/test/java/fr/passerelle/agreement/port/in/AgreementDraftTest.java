package fr.passerelle.agreement.port.in;

import static fr.passerelle.testing.AgreementDrafts.END;
import static fr.passerelle.testing.AgreementDrafts.START;
import static fr.passerelle.testing.Fixtures.TODAY;
import static fr.passerelle.testing.AgreementDrafts.fullTimeWeek;
import static fr.passerelle.testing.AgreementDrafts.minutesOn;
import static fr.passerelle.testing.AgreementDrafts.sevenHoursOn;
import static fr.passerelle.testing.AgreementDrafts.terms;
import static fr.passerelle.testing.AgreementDrafts.valid;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.in.AgreementDraft.ExceptionDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.GratificationDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.PartyDraft;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.agreement.rules.WeekPattern;
import fr.passerelle.agreement.rules.WeeklySchedule;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.testing.AgreementDrafts;
import fr.passerelle.testing.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementDraftTest {

    private static final String LONG_NAME = "n".repeat(Limits.NAME + 1);
    private static final String LONG_TEXT = "t".repeat(Limits.LONG_TEXT + 1);

    /** What validating the draft reported, as {@code "path CODE"}. */
    private static List<String> errors(AgreementDrafts.Builder draft) {
        AgreementDraft built = draft.build();
        return Violations.pathsAndCodesThrownBy(() -> built.validate(TODAY));
    }

    private static List<String> errors(AgreementDrafts.TermsBuilder terms) {
        return errors(valid().terms(terms));
    }

    private static AgreementDraft.Valid validated(AgreementDrafts.Builder draft) {
        return draft.build().validate(TODAY);
    }

    private static AgreementTerms validTerms(AgreementDrafts.TermsBuilder terms) {
        return validated(valid().terms(terms)).terms();
    }

    @Nested
    class AValidDraft {

        @Test
        void gives_its_parties_terms_and_default_circuit() {
            AgreementDraft.Valid valid = validated(valid());

            assertThat(valid.companySignatory()).isEqualTo(new Party("Claire Dubois",
                    "claire.dubois@studio-rhone.example", "Gérante"));
            assertThat(valid.tutor()).isEqualTo(new Party("Marc Petit", "marc.petit@studio-rhone.example",
                    "Ingénieur du son"));
            assertThat(valid.schoolSignatory().name()).isEqualTo("Nadia Benali");
            assertThat(valid.referent().name()).isEqualTo("Hugo Moreau");
            assertThat(valid.legalRepresentative()).isNull();
            assertThat(valid.company()).isNull();
            assertThat(valid.companySiret()).isNull();
            assertThat(valid.circuit()).isNull();
        }

        @Test
        void gives_the_period_in_france_on_the_weekly_schedule() {
            AgreementTerms terms = validated(valid()).terms();

            assertThat(terms.period()).isEqualTo(InternshipPeriod.inFrance(START, END,
                    WeeklySchedule.regular(WeekPattern.FULL_TIME)));
            assertThat(terms.gratification()).isEqualTo(new ProposedGratification.Hourly(AgreementDrafts.HOURLY_RATE));
            assertThat(terms.skillsToAcquire()).containsExactly("Câbler une régie", "Mixer une séance");
            assertThat(terms.workplaces()).containsExactly("12 rue des Arts, 69001 Lyon");
            assertThat(terms.paymentTerms()).isEqualTo("Virement mensuel");
        }

        @Test
        void trims_texts_and_lower_cases_emails() {
            AgreementDraft.Valid valid = validated(valid()
                    .tutor(new PartyDraft("  Marc Petit ", " Marc.Petit@Studio-Rhone.Example ", " Tuteur "))
                    .terms(terms().activities("  Mixage  ").workplaces(List.of(" Lyon ", "Lyon"))));

            assertThat(valid.tutor()).isEqualTo(new Party("Marc Petit", "marc.petit@studio-rhone.example", "Tuteur"));
            assertThat(valid.terms().activities()).isEqualTo("Mixage");
            assertThat(valid.terms().workplaces()).as("repeats dropped").containsExactly("Lyon");
        }

        @Test
        void an_outside_host_keeps_its_siret_without_spaces() {
            AgreementDraft.Valid valid = validated(valid().host(AgreementDrafts.OUTSIDE_HOST,
                    AgreementDrafts.OUTSIDE_HOST_SIRET));

            assertThat(valid.company().name()).isEqualTo("Son & Lumière SARL");
            assertThat(valid.companySiret()).isEqualTo("44306184100047");
        }

        @Test
        void a_minors_legal_representative_is_a_party() {
            AgreementDraft.Valid valid = validated(valid().legalRepresentative(AgreementDrafts.LEGAL_REPRESENTATIVE));

            assertThat(valid.legalRepresentative()).isEqualTo(new Party("Sophie Martin",
                    "sophie.martin@famille.example", "Mère"));
        }

        @Test
        void other_parties_may_have_no_email_but_the_tutor() {
            AgreementDraft.Valid valid = validated(valid()
                    .companySignatory(new PartyDraft("Claire Dubois", null, null))
                    .schoolSignatory(new PartyDraft("Nadia Benali", " ", null))
                    .referent(new PartyDraft("Hugo Moreau", null, null)));

            assertThat(Stream.of(valid.companySignatory(), valid.schoolSignatory(), valid.referent()))
                    .extracting(Party::email).containsOnlyNulls();
        }

        @Test
        void a_custom_circuit_is_kept_as_its_steps() {
            AgreementDraft.Valid valid = validated(valid().circuit(List.of(SignatoryRole.SCHOOL_SIGNATORY),
                    List.of(SignatoryRole.LEARNER, SignatoryRole.TUTOR), List.of(SignatoryRole.REFERENT)));

            assertThat(valid.circuit()).containsExactly(List.of(SignatoryRole.SCHOOL_SIGNATORY),
                    List.of(SignatoryRole.LEARNER, SignatoryRole.TUTOR), List.of(SignatoryRole.REFERENT));
        }

        @Test
        void a_rotation_of_weeks_is_kept_in_order() {
            AgreementTerms terms = validTerms(terms().weeks(fullTimeWeek(), sevenHoursOn(MONDAY, TUESDAY)));

            assertThat(terms.period().schedule().weeks()).extracting(WeekPattern::weeklyMinutes)
                    .containsExactly(35 * 60L, 14 * 60L);
        }

        @Test
        void dated_exceptions_become_absences_and_extra_presence() {
            LocalDate monday = START;
            AgreementTerms terms = validTerms(terms().exceptions(new ExceptionDraft(monday, 420, true, true),
                    new ExceptionDraft(monday.plusDays(1), 60, true, false),
                    new ExceptionDraft(monday.plusDays(5), 240, false, false)));

            assertThat(terms.period().exceptions()).containsExactly(
                    new ScheduleException.Absence(monday, 420, ScheduleException.AbsenceKind.LEAVE),
                    new ScheduleException.Absence(monday.plusDays(1), 60, ScheduleException.AbsenceKind.OTHER),
                    new ScheduleException.ExtraPresence(monday.plusDays(5), 240));
        }

        @Test
        void a_monthly_flat_gratification_or_none() {
            Money monthly = Money.euros(700);

            assertThat(validTerms(terms().gratification(new GratificationDraft(monthly, true))).gratification())
                    .isEqualTo(new ProposedGratification.MonthlyFlat(monthly));
            assertThat(validTerms(terms().gratification(null)).gratification()).isNull();
        }

        @Test
        void a_country_abroad_and_the_longest_texts_allowed() {
            AgreementTerms terms = validTerms(terms().country("DE").activities("a".repeat(Limits.LONG_TEXT))
                    .workplaces(List.of("w".repeat(Limits.NAME))));

            assertThat(terms.period().country()).isEqualTo("DE");
            assertThat(terms.activities()).hasSize(Limits.LONG_TEXT);
        }

        @Test
        void a_day_may_be_planned_from_zero_to_twenty_four_hours() {
            Map<DayOfWeek, Integer> week = minutesOn(0, MONDAY);
            week.put(TUESDAY, 24 * 60);

            assertThat(validTerms(terms().weeks(week)).period().schedule().weeks()).singleElement()
                    .extracting(WeekPattern::weeklyMinutes).isEqualTo(24 * 60L);
        }

        @Test
        void a_one_day_internship_is_valid() {
            assertThat(validTerms(terms().dates(START, START)).period().dates().end()).isEqualTo(START);
        }
    }

    @Nested
    class Parties {

        @Test
        void the_signatories_the_tutor_and_the_referent_are_required() {
            assertThat(errors(valid().companySignatory(null).tutor(null).schoolSignatory(null).referent(null)))
                    .containsExactly("companySignatory REQUIRED", "tutor REQUIRED", "schoolSignatory REQUIRED",
                            "referent REQUIRED");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "   ")
        void every_party_needs_a_name(String name) {
            assertThat(errors(valid().legalRepresentative(new PartyDraft(name, "rep@famille.example", null))
                    .host(new PartyDraft(name, null, null), null)
                    .companySignatory(new PartyDraft(name, null, null))
                    .tutor(new PartyDraft(name, "tutor@studio.example", null))
                    .schoolSignatory(new PartyDraft(name, null, null))
                    .referent(new PartyDraft(name, null, null))))
                    .containsExactly("legalRepresentative.name REQUIRED", "company.name REQUIRED",
                            "companySignatory.name REQUIRED", "tutor.name REQUIRED", "schoolSignatory.name REQUIRED",
                            "referent.name REQUIRED");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void the_tutor_needs_an_email_for_the_evaluation_links(String email) {
            assertThat(errors(valid().tutor(new PartyDraft("Marc Petit", email, null))))
                    .containsExactly("tutor.email REQUIRED");
        }

        @ParameterizedTest
        @ValueSource(strings = {"marc", "marc@", "@studio.example", "marc@studio", "marc petit@studio.example",
                "a@b@studio.example"})
        void an_email_must_look_like_one_wherever_it_is(String email) {
            assertThat(errors(valid().legalRepresentative(new PartyDraft("Sophie Martin", email, null))
                    .host(new PartyDraft("Son & Lumière", email, null), null)
                    .companySignatory(new PartyDraft("Claire Dubois", email, null))
                    .tutor(new PartyDraft("Marc Petit", email, null))
                    .schoolSignatory(new PartyDraft("Nadia Benali", email, null))
                    .referent(new PartyDraft("Hugo Moreau", email, null))))
                    .containsExactly("legalRepresentative.email INVALID", "company.email INVALID",
                            "companySignatory.email INVALID", "tutor.email INVALID", "schoolSignatory.email INVALID",
                            "referent.email INVALID");
        }

        @Test
        void names_emails_and_functions_are_bounded() {
            assertThat(errors(valid()
                    .companySignatory(new PartyDraft(LONG_NAME, null, null))
                    .tutor(new PartyDraft("Marc Petit", "m".repeat(Limits.NAME) + "@studio.example", null))
                    .referent(new PartyDraft("Hugo Moreau", null, LONG_NAME))))
                    .containsExactly("companySignatory.name TOO_LONG", "tutor.email TOO_LONG",
                            "referent.function TOO_LONG");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1234567890123", "123456789012345", "1234567890123A", "443-061-841-00047"})
        void a_siret_is_fourteen_digits(String siret) {
            assertThat(errors(valid().host(AgreementDrafts.OUTSIDE_HOST, siret)))
                    .containsExactly("companySiret INVALID");
        }

        @Test
        void a_siret_is_bounded_before_it_is_read() {
            assertThat(errors(valid().host(AgreementDrafts.OUTSIDE_HOST, "1".repeat(Limits.CODE + 1))))
                    .containsExactly("companySiret TOO_LONG");
        }
    }

    @Nested
    class Terms {

        @Test
        void are_required() {
            assertThat(errors(valid().withoutTerms())).containsExactly("terms REQUIRED");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void the_activities_are_required(String activities) {
            assertThat(errors(terms().activities(activities))).containsExactly("terms.activities REQUIRED");
        }

        @Test
        void at_least_one_workplace() {
            assertThat(errors(terms().workplaces(List.of()))).containsExactly("terms.workplaces REQUIRED");
            assertThat(errors(terms().workplaces(null))).containsExactly("terms.workplaces REQUIRED");
        }

        @Test
        void a_blank_workplace_is_reported_where_it_is() {
            assertThat(errors(terms().workplaces(List.of("Lyon", " ")))).containsExactly("terms.workplaces.1 REQUIRED");
            assertThat(errors(terms().workplaces(List.of(""))))
                    .containsExactly("terms.workplaces.0 REQUIRED", "terms.workplaces REQUIRED");
        }

        @Test
        void texts_are_bounded_where_they_are() {
            assertThat(errors(terms().activities(LONG_TEXT).skills(List.of("Mixer", LONG_NAME))
                    .workplaces(List.of(LONG_NAME)).paymentTerms(LONG_TEXT)))
                    .containsExactlyInAnyOrder("terms.activities TOO_LONG", "terms.skillsToAcquire.1 TOO_LONG",
                            "terms.workplaces.0 TOO_LONG", "terms.workplaces REQUIRED", "terms.paymentTerms TOO_LONG");
        }

        @Test
        void lists_are_bounded() {
            List<String> tooMany = new ArrayList<>();
            for (int i = 0; i <= Limits.LIST; i++) {
                tooMany.add("Compétence " + i);
            }

            assertThat(errors(terms().skills(tooMany))).containsExactly("terms.skillsToAcquire OUT_OF_RANGE");
        }

        @Test
        void a_negative_gratification_is_refused() {
            assertThat(errors(terms().hourly(new Money(-1, Currency.getInstance("EUR")))))
                    .containsExactly("terms.gratification.amount OUT_OF_RANGE");
        }

        @Test
        void a_gratification_needs_an_amount() {
            assertThat(errors(terms().gratification(new GratificationDraft(null, false))))
                    .containsExactly("terms.gratification.amount REQUIRED");
        }
    }

    @Nested
    class Period {

        @Test
        void start_and_end_are_required() {
            assertThat(errors(terms().dates(null, null))).containsExactly("terms.start REQUIRED", "terms.end REQUIRED");
        }

        @Test
        void the_end_is_not_before_the_start() {
            assertThat(errors(terms().dates(START, START.minusDays(1)))).containsExactly("terms.end INVALID");
        }

        @Test
        void a_far_future_end_is_out_of_range_before_any_day_is_counted() {
            // Counting this period day by day would take gigabytes: the window refuses it first.
            assertThat(errors(terms().dates(START, LocalDate.of(99_999, 12, 31))))
                    .containsExactly("terms.end OUT_OF_RANGE");
            assertThat(errors(terms().dates(LocalDate.MIN, START))).containsExactly("terms.start OUT_OF_RANGE");
        }

        @Test
        void its_days_are_planned_within_ten_years_of_today() {
            assertThat(validTerms(terms().dates(START, TODAY.plusYears(Limits.PLAN_YEARS))).period().end())
                    .isEqualTo(TODAY.plusYears(Limits.PLAN_YEARS));
            assertThat(errors(terms().dates(START, TODAY.plusYears(Limits.PLAN_YEARS).plusDays(1))))
                    .containsExactly("terms.end OUT_OF_RANGE");
            assertThat(errors(terms().dates(TODAY.minusYears(Limits.PLAN_YEARS).minusDays(1), START)))
                    .containsExactly("terms.start OUT_OF_RANGE");
        }

        @Test
        void an_exception_on_a_far_future_day_is_out_of_range() {
            assertThat(errors(terms().exceptions(new ExceptionDraft(LocalDate.of(99_999, 1, 4), 60, true, false))))
                    .containsExactly("terms.exceptions.0.date OUT_OF_RANGE");
        }

        @Test
        void an_amendment_is_checked_against_the_same_window() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> AgreementDraft.validTerms(
                    terms().dates(START, LocalDate.of(99_999, 12, 31)).build(), TODAY)))
                    .containsExactly("terms.end OUT_OF_RANGE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"fr", "FRA", "F", "F1", " FR"})
        void the_country_is_an_upper_case_iso_code(String country) {
            assertThat(errors(terms().country(country))).containsExactly("terms.country INVALID");
        }

        @Test
        void at_least_one_week() {
            assertThat(errors(terms().weeks())).containsExactly("terms.weeks REQUIRED");
            assertThat(errors(terms().weeks((Map<DayOfWeek, Integer>[]) null))).containsExactly("terms.weeks REQUIRED");
        }

        @Test
        void a_week_without_any_presence_is_refused_where_it_is() {
            assertThat(errors(terms().weeks(fullTimeWeek(), minutesOn(0, MONDAY, TUESDAY))))
                    .containsExactly("terms.weeks.1 INVALID");
        }

        @Test
        void a_week_listing_no_day_is_refused_like_an_empty_one() {
            assertThat(errors(terms().weeks(fullTimeWeek(), Map.of()))).containsExactly("terms.weeks.1 INVALID");
        }

        @Test
        void a_missing_week_is_reported_where_it_is() {
            assertThat(errors(terms().weeks(fullTimeWeek(), null))).containsExactly("terms.weeks.1 REQUIRED");
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 24 * 60 + 1})
        void minutes_out_of_a_day_are_refused(int minutes) {
            assertThat(Violations.thrownBy(() -> validTerms(terms().weeks(fullTimeWeek(),
                    minutesOn(minutes, WEDNESDAY)))))
                    .singleElement().satisfies(violation -> {
                        assertThat(violation.code()).hasToString("OUT_OF_RANGE");
                        assertThat(violation.field()).startsWith("terms", "weeks", "1").endsWith("WEDNESDAY");
                    });
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 24 * 60 + 1})
        void minutes_out_of_a_day_are_reported_under_the_inputs_path(int minutes) {
            assertThat(errors(terms().weeks(fullTimeWeek(), minutesOn(minutes, WEDNESDAY))))
                    .containsExactly("terms.weeks.1.WEDNESDAY OUT_OF_RANGE");
        }

        @Test
        void an_exception_is_within_the_internship() {
            assertThat(errors(terms().exceptions(new ExceptionDraft(START, 60, true, false),
                    new ExceptionDraft(END.plusDays(1), 60, true, false))))
                    .containsExactly("terms.exceptions.1.date OUT_OF_RANGE");
            assertThat(errors(terms().exceptions(new ExceptionDraft(START.minusDays(1), 60, false, false))))
                    .containsExactly("terms.exceptions.0.date OUT_OF_RANGE");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -30, 24 * 60 + 1})
        void an_exception_lasts_between_a_minute_and_a_day(int minutes) {
            assertThat(errors(terms().exceptions(new ExceptionDraft(START, 60, true, false),
                    new ExceptionDraft(START, minutes, false, false))))
                    .containsExactly("terms.exceptions.1.minutes OUT_OF_RANGE");
        }

        @Test
        void an_exception_needs_a_date() {
            assertThat(errors(terms().exceptions(new ExceptionDraft(null, 60, true, false))))
                    .containsExactly("terms.exceptions.0.date REQUIRED");
        }
    }

    @Nested
    class Circuit {

        @Test
        void needs_at_least_one_step() {
            assertThat(errors(valid().circuit())).containsExactly("circuit REQUIRED");
        }

        @Test
        void every_step_names_a_role() {
            assertThat(errors(valid().circuit(List.of(SignatoryRole.LEARNER), List.of(), null)))
                    .containsExactly("circuit.1 REQUIRED", "circuit.2 REQUIRED");
        }

        @Test
        void a_role_signs_once() {
            assertThat(errors(valid().circuit(List.of(SignatoryRole.LEARNER, SignatoryRole.TUTOR),
                    List.of(SignatoryRole.SCHOOL_SIGNATORY, SignatoryRole.SCHOOL_SIGNATORY),
                    List.of(SignatoryRole.LEARNER))))
                    .containsExactly("circuit.1 DUPLICATE", "circuit.2 DUPLICATE");
        }

        @Test
        void has_a_bounded_number_of_steps() {
            List<SignatoryRole>[] steps = Stream.generate(() -> List.of(SignatoryRole.LEARNER))
                    .limit(Limits.LIST + 1L).toArray(List[]::new);

            assertThat(errors(valid().circuit(steps))).contains("circuit OUT_OF_RANGE");
        }
    }

    @Nested
    class EveryError {

        @Test
        void is_reported_at_once_with_its_path() {
            AgreementDrafts.Builder draft = valid()
                    .host(AgreementDrafts.OUTSIDE_HOST, "123")
                    .tutor(new PartyDraft("Marc Petit", null, null))
                    .referent(null)
                    .schoolSignatory(new PartyDraft("Nadia Benali", "nadia@", null))
                    .terms(terms().activities(" ").workplaces(List.of()).country("fr")
                            .gratification(new GratificationDraft(new Money(-5, Currency.getInstance("EUR")), false))
                            .paymentTerms(LONG_TEXT))
                    .circuit(List.of(SignatoryRole.TUTOR), List.of(SignatoryRole.TUTOR));

            assertThat(errors(draft)).containsExactlyInAnyOrder("companySiret INVALID", "tutor.email REQUIRED",
                    "schoolSignatory.email INVALID", "referent REQUIRED", "terms.country INVALID",
                    "terms.activities REQUIRED", "terms.workplaces REQUIRED", "terms.gratification.amount OUT_OF_RANGE",
                    "terms.paymentTerms TOO_LONG", "circuit.1 DUPLICATE");
        }

        @Test
        void of_the_schedule_is_reported_together() {
            assertThat(errors(terms().dates(null, END).weeks(minutesOn(0, MONDAY), minutesOn(0, TUESDAY))
                    .exceptions(new ExceptionDraft(START, 0, true, false))))
                    .containsExactly("terms.start REQUIRED", "terms.weeks.0 INVALID", "terms.weeks.1 INVALID",
                            "terms.exceptions.0.minutes OUT_OF_RANGE");
        }
    }

    @Nested
    class TermsAlone {

        @Test
        void are_checked_under_terms() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> AgreementDraft.validTerms(
                    terms().activities(null).dates(END, START).build(), TODAY)))
                    .containsExactly("terms.end INVALID", "terms.activities REQUIRED");
        }

        @Test
        void are_required() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> AgreementDraft.validTerms(null, TODAY)))
                    .containsExactly("terms REQUIRED");
        }

        @Test
        void give_the_same_terms_as_a_whole_draft() {
            assertThat(AgreementDraft.validTerms(terms().build(), TODAY)).isEqualTo(validated(valid()).terms());
        }
    }

    @Test
    void a_day_listed_twice_in_a_week_is_refused_rather_than_one_value_kept() {
        assertThat(AgreementDraft.week(1, List.of(Map.entry(MONDAY, 420), Map.entry(TUESDAY, 420))))
                .isEqualTo(minutesOn(420, MONDAY, TUESDAY));
        assertThat(Violations.pathsAndCodesThrownBy(() -> AgreementDraft.week(1, List.of(Map.entry(MONDAY, 420),
                Map.entry(TUESDAY, 420), Map.entry(MONDAY, 60))))).containsExactly("terms.weeks.1.MONDAY DUPLICATE");
    }
}
