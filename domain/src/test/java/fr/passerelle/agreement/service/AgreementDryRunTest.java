package fr.passerelle.agreement.service;

import static fr.passerelle.agreement.service.AgreementScene.COMPANY_C;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_D;
import static fr.passerelle.testing.AgreementDrafts.terms;
import static fr.passerelle.testing.AgreementDrafts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.agreement.port.in.DraftCheck;
import fr.passerelle.agreement.rules.DraftFigures;
import fr.passerelle.agreement.rules.Presence;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.Severity;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dry run answers what creating would, stores nothing, and is authorised as creating is; and a new agreement
 * that makes an earlier one's gratification mandatory (L124-6) says which, to the caller and in its event.
 */
class AgreementDryRunTest {

    private final AgreementScene scene = new AgreementScene();
    private final AgreementService service = scene.service;

    /** 7 April to 4 July 2025, full time, no gratification: about 420 h, mandatory and missing. */
    private static AgreementDraft threeMonthsUnpaid() {
        return valid().terms(terms().dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 7, 4)).gratification(null))
                .build();
    }

    @Test
    void a_dry_run_reports_what_creating_would_refuse_with_every_finding_and_stores_nothing() {
        String application = scene.accepted().id();

        DraftCheck check = service.checkFromApplication(scene.as(Who.STAFF_A), application, threeMonthsUnpaid());

        assertThat(check.problems()).extracting(AgreementDryRunTest::pathAndCode)
                .containsExactly("terms.gratification " + ErrorCode.LEGAL_RULE);
        assertThat(check.report().blocking()).isTrue();
        assertThat(check.report().finding("GRATIFICATION")).isPresent();
        assertThat(check.figures().presence()).isEqualTo(check.report().presence());
        assertThat(check.figures().gratificationThresholdDay()).isNotNull();
        assertThat(scene.agreements.all()).isEmpty();
        assertThat(scene.agreements.events()).isEmpty();
    }

    /**
     * Without a tutor the draft is refused, but its terms are well formed: the rules run on them all the same (the
     * tutor counted as unnamed) and the figures are given, Léa's C agreement counted.
     */
    @Test
    void a_draft_refused_for_its_parties_still_gives_the_findings_and_figures_of_well_formed_terms() {
        service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid().build());
        AgreementDraft withoutTutor = valid().tutor(null).terms(terms()
                .dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 11))).build();

        DraftCheck withC = service.checkDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, withoutTutor);
        DraftCheck withD = service.checkDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_D, withoutTutor);

        assertThat(withC.problems()).extracting(AgreementDryRunTest::pathAndCode)
                .containsExactly("tutor " + ErrorCode.REQUIRED);
        assertThat(withC.report().findings()).extracting(RuleFinding::ruleId)
                .contains("MAX_DURATION", "GRATIFICATION", "TUTOR_LOAD", "HOST_QUOTA", "WAITING_PERIOD");
        assertThat(withC.report().findings()).filteredOn(f -> f.ruleId().equals("TUTOR_LOAD"))
                .singleElement().extracting(RuleFinding::severity).as("no tutor named: not counted")
                .isEqualTo(Severity.INFO);
        assertThat(withC.figures().presence()).as("7 April to 11 April 2025, five days of 7 h")
                .isEqualTo(Presence.ofHours(35));
        assertThat(withC.figures().years()).singleElement().extracting(DraftFigures.Year::gratificationMandatory)
                .as("with the earlier agreement with C").isEqualTo(true);
        assertThat(withD.figures().years()).singleElement().extracting(DraftFigures.Year::gratificationMandatory)
                .as("D is another host").isEqualTo(false);
    }

    @Test
    void a_draft_whose_period_is_malformed_too_has_no_figures() {
        DraftCheck check = service.checkFromApplication(scene.as(Who.STAFF_A), scene.accepted().id(),
                valid().tutor(null).terms(terms().dates(LocalDate.of(2025, 4, 11), LocalDate.of(2025, 4, 7)))
                        .build());

        assertThat(check.problems()).extracting(AgreementDryRunTest::pathAndCode).contains("tutor " + ErrorCode.REQUIRED)
                .hasSizeGreaterThan(1);
        assertThat(check.report()).isNull();
        assertThat(check.figures()).isNull();
    }

    @Test
    void an_application_that_has_its_agreement_is_reported_as_creating_would() {
        Agreement existing = scene.draft();

        DraftCheck check = service.checkFromApplication(scene.as(Who.STAFF_A), existing.applicationId(),
                valid().build());

        assertThat(check.problems()).extracting(AgreementDryRunTest::pathAndCode)
                .containsExactly("applicationId " + ErrorCode.DUPLICATE);
        assertThat(check.report().blocking()).as("itself is not counted as another agreement").isFalse();
    }

    @Test
    void another_schools_learner_or_application_and_a_missing_one_are_not_found() {
        String application = scene.accepted().id();

        assertThatThrownBy(() -> service.checkFromApplication(scene.as(Who.STAFF_B), application,
                valid().build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.checkFromApplication(scene.as(Who.STAFF_A), "missing", valid().build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.checkDirect(scene.as(Who.STAFF_B), scene.lea.id(), COMPANY_C,
                valid().build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.checkDirect(scene.as(Who.STAFF_A), "missing", COMPANY_C, valid().build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.checkDirect(scene.as(Who.RECRUITER), scene.lea.id(), COMPANY_C,
                valid().build())).isInstanceOf(NotFoundException.class);
    }

    /**
     * April to mid-May 2025 with company C (six weeks less three public holidays, 189 h: optional, none stated), then
     * June (five weeks less Whit Monday, 168 h): 357 h with C in 2024-2025, so the first one's is due. With company D,
     * or when the first was already over 308 h alone, nothing is made due.
     */
    @Test
    void a_new_agreement_names_the_earlier_ones_whose_gratification_it_makes_due() {
        Agreement earlier = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid()
                .terms(terms().dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 16)).gratification(null))
                .build());
        AgreementDraft june = valid().terms(terms().dates(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 4)))
                .build();

        assertThat(service.checkDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_D, june)
                .gratificationsMadeDue()).as("another host").isEmpty();
        assertThat(service.checkDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, june)
                .gratificationsMadeDue()).extracting(Agreement::id).containsExactly(earlier.id());

        Agreement later = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, june);

        assertThat(service.gratificationsMadeDue(scene.as(Who.STAFF_A), later)).extracting(Agreement::id)
                .containsExactly(earlier.id());
        assertThat(service.gratificationsMadeDue(scene.as(Who.STAFF_B), later)).as("not school B's to read")
                .isEmpty();
        DomainEvent created = scene.agreements.events().stream()
                .filter(e -> e.type().equals(AgreementEvents.CREATED) && e.aggregateId().equals(later.id()))
                .findFirst().orElseThrow();
        assertThat(created.attribute(GratificationNowDueNotices.ATTRIBUTE)).isEqualTo(earlier.id());
        assertThat(scene.agreements.events()).filteredOn(e -> e.aggregateId().equals(earlier.id()))
                .extracting(e -> e.attribute(GratificationNowDueNotices.ATTRIBUTE)).containsOnlyNulls();
        assertThat(scene.rules.check(earlier, earlier.parties(), earlier.terms()).blocking())
                .as("the earlier agreement now blocks").isTrue();

        Agreement third = service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, valid()
                .terms(terms().dates(LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 11))).build());
        assertThat(service.gratificationsMadeDue(scene.as(Who.STAFF_A), third)).as("already due before it")
                .isEqualTo(List.of());
    }

    private static String pathAndCode(Violation violation) {
        return String.join(".", violation.field()) + " " + violation.code();
    }
}
