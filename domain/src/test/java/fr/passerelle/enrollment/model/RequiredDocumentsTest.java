package fr.passerelle.enrollment.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.ContactSituation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredDocumentsTest {

    @ParameterizedTest(name = "{0}, minor={1}, funded by [{2}] -> {3}")
    @CsvSource(delimiter = ';', value = {
            "EMPLOYEE;false;;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER",
            "EMPLOYEE;false;LEARNER;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER",
            "JOB_SEEKER;false;FRANCE_TRAVAIL_AIF;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER FRANCE_TRAVAIL_REGISTRATION",
            "STUDENT;false;TRAINING_ACCOUNT LEARNER;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER TRAINING_ACCOUNT_FILE",
            "EMPLOYEE;false;OPCO;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER OPCO_FUNDING_AGREEMENT",
            "EMPLOYEE;false;EMPLOYER;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER EMPLOYER_COMMITMENT",
            "STUDENT;true;;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER GUARDIAN_ID GUARDIAN_CONSENT",
            "JOB_SEEKER;true;TRAINING_ACCOUNT OPCO EMPLOYER REGION;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER "
                    + "FRANCE_TRAVAIL_REGISTRATION TRAINING_ACCOUNT_FILE OPCO_FUNDING_AGREEMENT EMPLOYER_COMMITMENT "
                    + "GUARDIAN_ID GUARDIAN_CONSENT",
            "CAREER_CHANGE;false;REGION FRANCE_TRAVAIL_POEI;IDENTITY LATEST_DIPLOMA MOTIVATION_LETTER"})
    void derivesTheDocumentsFromTheSituationAndTheFundingMix(ContactSituation situation, boolean minor,
                                                            String sources, String expected) {
        Set<FundingSource> funding = sources == null ? Set.of() : Arrays.stream(sources.split(" "))
                .map(FundingSource::valueOf).collect(Collectors.toSet());

        List<DossierDocumentKind> required = RequiredDocuments.of(new Applicant(situation, minor), funding);

        assertThat(required).containsExactlyElementsOf(Arrays.stream(expected.split(" "))
                .map(DossierDocumentKind::valueOf).toList());
    }
}
