package fr.passerelle.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.model.Money;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static final Money STIPEND = new Money(123_456, Currency.getInstance("EUR"));

    @Test
    void french_groups_with_narrow_spaces_and_puts_the_symbol_after() {
        assertThat(MoneyFormat.format(STIPEND, Language.FR)).isEqualTo("1\u202f234,56\u00a0€");
    }

    @Test
    void english_puts_the_symbol_first_with_commas_and_a_point() {
        assertThat(MoneyFormat.format(STIPEND, Language.EN)).isEqualTo("€1,234.56");
    }

    @Test
    void decimals_follow_the_currency_minor_unit_and_are_never_rounded() {
        assertThat(MoneyFormat.format(new Money(1_500, Currency.getInstance("JPY")), Language.EN)).isEqualTo("¥1,500");
        assertThat(MoneyFormat.format(new Money(1, Currency.getInstance("EUR")), Language.EN)).isEqualTo("€0.01");
    }
}
