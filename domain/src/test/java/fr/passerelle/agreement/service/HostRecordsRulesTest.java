package fr.passerelle.agreement.service;

import static fr.passerelle.agreement.service.AgreementScene.COMPANY_C;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_D;
import static fr.passerelle.testing.AgreementDrafts.terms;
import static fr.passerelle.testing.AgreementDrafts.valid;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.InterruptionInitiative;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.agreement.rules.Severity;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Workforce;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules fed from the host's records: the quota of interns at once from the workforce the company declared
 * (R124-10), the waiting period between interns on one post (L124-11), and an edit that makes an earlier agreement's
 * gratification due (L124-6).
 */
class HostRecordsRulesTest {

    private final AgreementScene scene = new AgreementScene();
    private final AgreementService service = scene.service;

    @Test
    void without_a_declared_workforce_the_quota_is_not_checked() {
        Agreement agreement = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C,
                valid().build());

        RuleFinding quota = report(agreement).finding("HOST_QUOTA").orElseThrow();
        assertThat(quota.severity()).isEqualTo(Severity.INFO);
        assertThat(quota.figures()).isEmpty();
    }

    /** Five employees: three interns at once; two declared from elsewhere leave room for one on the platform. */
    @Test
    void the_interns_declared_from_elsewhere_and_the_platforms_count_against_the_declared_workforce() {
        declare(COMPANY_C, 5, 2);

        Agreement lea = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid().build());
        List<Violation> refused = Violations.thrownBy(() -> service.createDirect(scene.as(Who.STAFF_B),
                scene.theo.id(), COMPANY_C, valid().build()));

        RuleFinding quota = report(lea).finding("HOST_QUOTA").orElseThrow();
        assertThat(quota.severity()).isEqualTo(Severity.INFO);
        assertThat(quota.figure("limit")).isEqualTo(3);
        assertThat(quota.figure("workforce")).isEqualTo(5);
        assertThat(refused).extracting(HostRecordsRulesTest::pathAndCode)
                .containsExactly("terms " + ErrorCode.LEGAL_RULE);
        assertThat(service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_C, valid()
                .terms(terms().dates(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 27))).build()))
                .as("in another week").isNotNull();
    }

    /**
     * 7 April to 16 May 2025 is 40 days: a third, rounded up, is 14 days of waiting, 17 to 30 May; the next intern on
     * the post starts from 31 May. The post reference is compared without case or extra spaces.
     */
    @Test
    void a_new_intern_on_the_same_post_waits_a_third_of_the_previous_internship() {
        service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_D, valid().terms(terms()
                .dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 16)).postReference(" Atelier   son ")).build());

        List<Violation> tooSoon = Violations.thrownBy(() -> service.createDirect(scene.as(Who.STAFF_B),
                scene.theo.id(), COMPANY_D, theoFrom(LocalDate.of(2025, 5, 26), "atelier son")));
        Agreement otherPost = service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_D,
                theoFrom(LocalDate.of(2025, 5, 19), "Régie"));
        Agreement afterTheWait = service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_D,
                theoFrom(LocalDate.of(2025, 9, 1), "ATELIER SON"));

        assertThat(tooSoon).extracting(HostRecordsRulesTest::pathAndCode)
                .containsExactly("terms.start " + ErrorCode.LEGAL_RULE);
        assertThat(otherPost.terms().postReference()).isEqualTo("RÉGIE");
        assertThat(report(otherPost).finding("WAITING_PERIOD").orElseThrow().figures()).as("no previous on it")
                .isEmpty();
        RuleFinding wait = report(afterTheWait).finding("WAITING_PERIOD").orElseThrow();
        assertThat(wait.severity()).isEqualTo(Severity.INFO);
        assertThat(wait.figure("previousDays")).isEqualTo(40);
        assertThat(wait.figure("waitingDays")).isEqualTo(14);
    }

    /**
     * Léa's internship on the post, 7 April to 16 May 2025, stopped on 2 May: 26 days run, a wait of 9 days, the next
     * intern from 12 May. L124-11 waives it when the intern ended the internship.
     */
    @Test
    void an_internship_the_intern_ended_early_leaves_no_wait() {
        interruptLeasInternship(InterruptionInitiative.INTERN);

        Agreement next = service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_C,
                theoFrom(LocalDate.of(2025, 5, 5), "Atelier son"));

        RuleFinding wait = report(next).finding("WAITING_PERIOD").orElseThrow();
        assertThat(wait.severity()).isEqualTo(Severity.INFO);
        assertThat(wait.message().key()).isEqualTo("finding.waiting-period.interrupted");
    }

    @ParameterizedTest
    @EnumSource(value = InterruptionInitiative.class, names = {"HOST", "SCHOOL"})
    void an_internship_the_host_or_the_school_ended_early_binds_as_one_run_to_its_term(InterruptionInitiative by) {
        interruptLeasInternship(by);

        List<Violation> tooSoon = Violations.thrownBy(() -> service.createDirect(scene.as(Who.STAFF_B),
                scene.theo.id(), COMPANY_C, theoFrom(LocalDate.of(2025, 5, 5), "Atelier son")));
        Agreement afterTheWait = service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_C,
                theoFrom(LocalDate.of(2025, 5, 12), "Atelier son"));

        assertThat(tooSoon).extracting(HostRecordsRulesTest::pathAndCode)
                .containsExactly("terms.start " + ErrorCode.LEGAL_RULE);
        RuleFinding wait = report(afterTheWait).finding("WAITING_PERIOD").orElseThrow();
        assertThat(wait.severity()).isEqualTo(Severity.INFO);
        assertThat(wait.figure("previousDays")).isEqualTo(26);
        assertThat(wait.figure("waitingDays")).isEqualTo(9);
    }

    @Test
    void an_interruption_of_unstated_initiative_leaves_the_wait_to_be_checked() {
        interruptLeasInternship(null);

        Agreement next = service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_C,
                theoFrom(LocalDate.of(2025, 5, 5), "Atelier son"));

        RuleFinding wait = report(next).finding("WAITING_PERIOD").orElseThrow();
        assertThat(wait.severity()).isEqualTo(Severity.WARNING);
        assertThat(wait.message().key()).isEqualTo("finding.waiting-period.interrupted-unknown");
    }

    /**
     * Léa's first agreement with C (April to mid-May, 189 h, none stated) and a short second one (two weeks of June,
     * 70 h: 259 h) leave the first's gratification optional; extending the second to 4 July (168 h: 357 h) makes it
     * due, and the edit's event names it for its parties to be told.
     */
    @Test
    void an_edit_that_makes_an_earlier_gratification_due_names_it_in_its_event() {
        Agreement earlier = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid()
                .terms(terms().dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 16)).gratification(null))
                .build());
        Agreement later = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid()
                .terms(terms().dates(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 13))).build());

        service.edit(scene.as(Who.STAFF_A), later.id(), later.version(), valid()
                .terms(terms().dates(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 4))).build());
        service.edit(scene.as(Who.STAFF_A), later.id(), null, valid()
                .terms(terms().dates(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 4)).activities("Régie"))
                .build());

        assertThat(scene.agreements.events()).filteredOn(e -> e.type().equals(AgreementEvents.EDITED))
                .extracting(e -> e.attribute(GratificationNowDueNotices.ATTRIBUTE))
                .as("the second edit makes nothing newly due").containsExactly(earlier.id(), null);
        assertThat(scene.agreements.events()).filteredOn(e -> e.type().equals(AgreementEvents.CREATED))
                .extracting(e -> e.attribute(GratificationNowDueNotices.ATTRIBUTE)).as("neither creation made it due")
                .containsOnlyNulls();
    }

    /**
     * Each host is read on its own: a host with more agreements than are read is marked (its quota is then reported as
     * not checked, see HostQuotaRuleTest), and does not push another host's agreements out of the count.
     */
    @Test
    void a_host_with_more_agreements_than_are_read_is_not_counted_short_and_leaves_the_others_whole() {
        declare(COMPANY_C, 200, 0);
        declare(COMPANY_D, 200, 0);
        Agreement busy = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid().build());
        service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_C, valid().build());
        Agreement quiet = service.createDirect(scene.as(Who.STAFF_B), scene.theo.id(), COMPANY_D,
                theoFrom(LocalDate.of(2025, 9, 1), "Régie"));

        HostRecords records = HostRecords.read(scene.agreements, scene.companies, scene.clock,
                List.of(COMPANY_C, COMPANY_D), List.of(busy.terms().period().dates(), quiet.terms().period().dates()),
                1);

        assertThat(records.staffing(busy).complete()).isFalse();
        assertThat(records.staffing(quiet).complete()).isTrue();
        assertThat(records.staffing(quiet).otherInternships()).isEmpty();
    }

    private void interruptLeasInternship(InterruptionInitiative by) {
        Agreement running = scene.inProgress(valid().terms(terms()
                .dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 16)).postReference("Atelier son")));
        scene.clock.setTo(LocalDate.of(2025, 5, 2));
        service.interrupt(scene.as(Who.STAFF_A), running.id(), "Rupture", null, by);
    }

    private static AgreementDraft theoFrom(LocalDate start, String post) {
        return valid().terms(terms().dates(start, start.plusDays(11)).postReference(post)).build();
    }

    private void declare(String companyId, int headcount, int internsElsewhere) {
        Company company = scene.companies.findById(companyId).orElseThrow();
        scene.companies.seed(company.withWorkforce(new Workforce(headcount, LocalDate.of(2025, 3, 31),
                internsElsewhere, "recruiter-c", Instant.parse("2025-04-01T08:00:00Z")), company.updatedAt()));
    }

    private RulesReport report(Agreement agreement) {
        return scene.rules.check(agreement, agreement.parties(), agreement.terms());
    }

    private static String pathAndCode(Violation violation) {
        return String.join(".", violation.field()) + " " + violation.code();
    }
}
