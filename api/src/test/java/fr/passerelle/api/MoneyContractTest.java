package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Money} is an object clients select the parts of, written for the reader in their language; the deprecated
 * scalar fields it replaces still answer as before; {@code MoneyInput} takes what the old scalar took.
 */
class MoneyContractTest extends ApiTest {

    private static final String FEES = """
            { partnershipTiers { tier annualFeeAmount { amount currency formatted } annualFee } }""";

    @ParameterizedTest(name = "Accept-Language \"{0}\" reads {1}")
    @CsvSource(delimiter = '|', value = {
            "         | 25\u202f000,00\u00a0€",
            "fr-FR    | 25\u202f000,00\u00a0€",
            "en-GB    | €25,000.00",
            "de, en;q=0.8, fr;q=0.5 | €25,000.00",
            "de-CH    | 25\u202f000,00\u00a0€",
            "%%%      | 25\u202f000,00\u00a0€"})
    void anAmountIsAnObjectWrittenInTheReadersLanguage(String acceptLanguage, String formatted) {
        var reply = api.query("learner", FEES, Map.of(),
                acceptLanguage == null ? Map.of() : Map.of("Accept-Language", acceptLanguage));

        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<Map<String, Object>>read("$.data.partnershipTiers[3].annualFeeAmount"))
                .isEqualTo(Map.of("amount", 2_500_000, "currency", "EUR", "formatted", formatted));
    }

    @Test
    void theDeprecatedScalarStillAnswersAsBefore() {
        var reply = api.query("learner", FEES);

        assertThat(reply.<Map<String, Object>>read("$.data.partnershipTiers[3].annualFee"))
                .isEqualTo(Map.of("amount", 2_500_000, "currency", "EUR"));
    }

    @Test
    void moneyInputTakesTheOldShapeAsALiteralOrAVariable() {
        String document = """
                query($min: MoneyInput) {
                  literal: internshipOffers(first: 1, filter: {minMonthlyStipend: {amount: 50000, currency: "EUR"}}) {
                    edges { node { id } } }
                  variable: internshipOffers(first: 1, filter: {minMonthlyStipend: $min}) { edges { node { id } } } }""";

        var reply = api.query("learner", document, Map.of("min", Map.of("amount", 50_000, "currency", "EUR")));

        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<Object>read("$.data.variable")).isEqualTo(reply.read("$.data.literal"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a currency that is no ISO 4217 code | 50000      | EURO",
            "a lower-case code                   | 50000      | eur",
            "an amount beyond GraphQL's Int      | 3000000000 | EUR"})
    void aMalformedAmountIsAClassifiedError(String name, long amount, String currency) {
        var reply = api.query("learner", """
                query($min: MoneyInput) { internshipOffers(first: 1, filter: {minMonthlyStipend: $min}) { edges { node { id } } } }""",
                Map.of("min", Map.of("amount", amount, "currency", currency)));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
        assertThat(reply.<Object>find("$.data.internshipOffers")).isNull();
    }
}
