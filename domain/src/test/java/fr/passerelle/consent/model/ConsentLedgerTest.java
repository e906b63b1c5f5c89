package fr.passerelle.consent.model;

import static fr.passerelle.consent.model.ConsentDecision.GRANTED;
import static fr.passerelle.consent.model.ConsentDecision.WITHDRAWN;
import static fr.passerelle.consent.model.ConsentPurpose.MARKETING_EMAIL;
import static fr.passerelle.consent.model.ConsentPurpose.PROFILING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentLedgerTest {

    private static final String PERSON = "person-1";
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void withoutAnyEntryNothingIsGranted() {
        List<CurrentConsent> current = ConsentLedger.fold(PERSON, List.of());

        assertThat(current).extracting(CurrentConsent::purpose).containsExactly(ConsentPurpose.values());
        assertThat(current).noneMatch(CurrentConsent::granted);
        assertThat(current).allMatch(consent -> consent.latest() == null);
    }

    @Test
    void theLatestEntryOfEachPurposeDecidesWhateverTheOrderTheyComeIn() {
        ConsentRecord granted = entry("1", MARKETING_EMAIL, GRANTED, T0);
        ConsentRecord withdrawn = entry("2", MARKETING_EMAIL, WITHDRAWN, T0.plusSeconds(60));
        ConsentRecord profiling = entry("3", PROFILING, GRANTED, T0.plusSeconds(30));

        for (List<ConsentRecord> ledger : List.of(List.of(granted, withdrawn, profiling),
                List.of(withdrawn, profiling, granted))) {
            assertThat(ConsentLedger.current(PERSON, MARKETING_EMAIL, ledger).granted()).isFalse();
            assertThat(ConsentLedger.current(PERSON, MARKETING_EMAIL, ledger).latest()).isEqualTo(withdrawn);
            assertThat(ConsentLedger.current(PERSON, PROFILING, ledger).granted()).isTrue();
            assertThat(ConsentLedger.current(PERSON, ConsentPurpose.SMS, ledger).granted()).isFalse();
        }
    }

    @Test
    void grantingAgainAfterWithdrawingGrants() {
        List<ConsentRecord> ledger = List.of(entry("1", MARKETING_EMAIL, GRANTED, T0),
                entry("2", MARKETING_EMAIL, WITHDRAWN, T0.plusSeconds(1)),
                entry("3", MARKETING_EMAIL, GRANTED, T0.plusSeconds(2)));

        assertThat(ConsentLedger.current(PERSON, MARKETING_EMAIL, ledger).granted()).isTrue();
    }

    @Test
    void entriesOfTheSameInstantAreOrderedByIdSoTheFoldIsDeterministic() {
        ConsentRecord first = entry("a", MARKETING_EMAIL, GRANTED, T0);
        ConsentRecord second = entry("b", MARKETING_EMAIL, WITHDRAWN, T0);

        assertThat(ConsentLedger.current(PERSON, MARKETING_EMAIL, List.of(second, first)).latest()).isEqualTo(second);
        assertThat(ConsentLedger.current(PERSON, MARKETING_EMAIL, List.of(first, second)).latest()).isEqualTo(second);
    }

    @Test
    void anotherPersonsEntryIsRefused() {
        ConsentRecord foreign = new ConsentRecord("x", "someone-else", MARKETING_EMAIL, GRANTED,
                ConsentSource.SELF_SERVICE, "v1", "someone-else", T0);

        assertThatThrownBy(() -> ConsentLedger.fold(PERSON, List.of(foreign)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ConsentRecord entry(String id, ConsentPurpose purpose, ConsentDecision decision, Instant at) {
        return new ConsentRecord(id, PERSON, purpose, decision, ConsentSource.SELF_SERVICE, "v1", PERSON, at);
    }
}
