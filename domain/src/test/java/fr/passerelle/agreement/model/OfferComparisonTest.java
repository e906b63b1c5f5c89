package fr.passerelle.agreement.model;

import static fr.passerelle.testing.AgreementDrafts.END;
import static fr.passerelle.testing.AgreementDrafts.START;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.port.in.AgreementDraft.GratificationDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.PartyDraft;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.AgreementDrafts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An agreement's terms against the offer the learner accepted: the school is warned of each term that departs. */
class OfferComparisonTest {

    private static final LocalDate TODAY = START.minusDays(10);
    private static final Money STIPEND = new Money(70_000, Currency.getInstance("EUR"));
    private static final String WORKPLACE = "Studio Rhône, 12 rue des Arts, 69001 Lyon";
    private static final String TUTOR_EMAIL = "marc.petit@studio-rhone.example";
    private static final AcceptedOffer OFFER = new AcceptedOffer(START, END, 35, STIPEND, WORKPLACE, TUTOR_EMAIL, null);

    /** The draft a school sends with only what the platform cannot know, then prefilled from the offer. */
    private static AgreementDraft prefilled(AgreementDrafts.TermsBuilder terms, PartyDraft tutor) {
        AgreementDraft bare = AgreementDrafts.valid().terms(terms).tutor(tutor).build();
        return bare.prefilledFrom(OFFER);
    }

    private static List<TermDivergence> divergences(AgreementDraft draft) {
        AgreementDraft.Valid valid = draft.validate(TODAY);
        return OfferComparison.divergences(OFFER, valid.terms(), valid.tutor());
    }

    private static AgreementDrafts.TermsBuilder leftOut() {
        return AgreementDrafts.terms().dates(null, null).weeks((Map<DayOfWeek, Integer>[]) null)
                .gratification(null).workplaces(null);
    }

    @Test
    void an_agreement_that_leaves_the_terms_out_starts_with_the_offers_and_departs_from_none() {
        AgreementDraft draft = prefilled(leftOut(), null);

        AgreementDraft.Valid valid = draft.validate(TODAY);
        assertThat(valid.terms().period().start()).isEqualTo(START);
        assertThat(valid.terms().period().end()).isEqualTo(END);
        assertThat(valid.terms().period().schedule().weeks()).singleElement()
                .satisfies(week -> assertThat(week.weeklyMinutes()).isEqualTo(35 * 60));
        assertThat(valid.terms().gratification()).isEqualTo(
                new fr.passerelle.agreement.rules.ProposedGratification.MonthlyFlat(STIPEND));
        assertThat(valid.terms().workplaces()).containsExactly(WORKPLACE);
        assertThat(valid.tutor().email()).isEqualTo(TUTOR_EMAIL);
        assertThat(divergences(draft)).isEmpty();
    }

    @Test
    void what_the_school_writes_wins_over_the_offer() {
        AgreementDraft draft = prefilled(AgreementDrafts.terms(), AgreementDrafts.TUTOR);

        assertThat(draft.terms()).isEqualTo(AgreementDrafts.terms().build());
        assertThat(draft.tutor()).isEqualTo(AgreementDrafts.TUTOR);
    }

    @Test
    void an_odd_weekly_figure_is_spread_so_the_week_adds_up_to_the_offers_hours() {
        AcceptedOffer odd = new AcceptedOffer(START, END, 32, null, null, null, null);

        var week = AgreementDrafts.valid().terms(leftOut()).build().prefilledFrom(odd).terms().weeks().get(0);

        assertThat(week.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(32 * 60);
        assertThat(week).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void each_term_that_differs_is_listed_with_both_values() {
        AgreementDraft draft = prefilled(AgreementDrafts.terms().dates(START.plusDays(7), END)
                .weeks(AgreementDrafts.minutesOn(360, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
                .gratification(new GratificationDraft(new Money(60_000, Currency.getInstance("EUR")), true))
                .workplaces(List.of("Entrepôt, 3 quai Perrache, 69002 Lyon")),
                new PartyDraft("Zoé Blanc", "zoe.blanc@studio-rhone.example", null));

        assertThat(divergences(draft)).containsExactly(
                new TermDivergence("terms.start", START.toString(), START.plusDays(7).toString()),
                new TermDivergence("terms.weeks", "35 h/week", "30 h/week"),
                new TermDivergence("terms.gratification", "700.00 EUR/month", "600.00 EUR/month"),
                new TermDivergence("terms.workplaces", WORKPLACE, "Entrepôt, 3 quai Perrache, 69002 Lyon"),
                new TermDivergence("tutor.email", TUTOR_EMAIL, "zoe.blanc@studio-rhone.example"));
    }

    @Test
    void an_hourly_gratification_or_none_departs_from_a_monthly_stipend() {
        assertThat(divergences(prefilled(leftOut().hourly(AgreementDrafts.HOURLY_RATE), null)))
                .containsExactly(new TermDivergence("terms.gratification", "700.00 EUR/month", "4.50 EUR/hour"));
    }

    @Test
    void a_rotating_schedule_is_compared_on_its_average_week_written_in_hours_and_minutes() {
        AgreementDraft draft = prefilled(leftOut().weeks(AgreementDrafts.fullTimeWeek(),
                AgreementDrafts.minutesOn(400, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY)), null);

        assertThat(divergences(draft)).containsExactly(new TermDivergence("terms.weeks", "35 h/week", "30 h 50/week"));
    }

    @Test
    void an_offer_without_tutor_stipend_or_site_departs_on_nothing_it_does_not_state() {
        AcceptedOffer bare = new AcceptedOffer(START, END, 35, null, null, null, null);
        AgreementDraft.Valid valid = AgreementDrafts.valid().terms(AgreementDrafts.terms().gratification(null))
                .build().validate(TODAY);

        assertThat(OfferComparison.divergences(bare, valid.terms(), valid.tutor())).isEmpty();
    }
}
