package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR_DELEGATE;
import static fr.passerelle.agreement.model.AgreementModelTestData.signatory;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignatoryTest {

    @Test
    void without_delegation_the_signatory_signs_with_their_own_account() {
        assertThat(signatory(TUTOR).signingSubject()).isEqualTo("kc-marc");
    }

    @Test
    void a_signatory_without_an_account_has_no_signing_subject() {
        assertThat(signatory(SCHOOL).signingSubject()).isNull();
    }

    @Test
    void once_delegated_the_delegate_signs_with_their_account() {
        assertThat(signatory(TUTOR).delegatedTo(TUTOR_DELEGATE).signingSubject()).isEqualTo("kc-paul");
    }

    @Test
    void a_delegate_without_an_account_leaves_no_one_to_sign_electronically() {
        Signatory.Delegate onPaperOnly = new Signatory.Delegate("Paul Girard", null, null, "no account");

        assertThat(signatory(TUTOR).delegatedTo(onPaperOnly).signingSubject()).isNull();
    }

    @Test
    void a_delegation_keeps_who_was_expected_to_sign() {
        Signatory expected = signatory(TUTOR);

        Signatory delegated = expected.delegatedTo(TUTOR_DELEGATE);

        assertThat(delegated).usingRecursiveComparison().ignoringFields("delegate").isEqualTo(expected);
        assertThat(delegated.delegate()).isEqualTo(TUTOR_DELEGATE);
        assertThat(expected.delegate()).isNull();
    }
}
