package fr.passerelle.api.graphql;

import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.MoneyFormat;
import fr.passerelle.shared.model.Money;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL {@code Money}, read from the domain's {@link Money} wherever a field returns one. */
@Controller
class MoneyController {

    private static final String TYPE = "Money";

    /**
     * Always within GraphQL's {@code Int}: amounts come in through {@code MoneyInput.amount} (an {@code Int}) and
     * what the platform computes from them (a month's minimum gratification) is smaller still.
     */
    @SchemaMapping(typeName = TYPE)
    int amount(Money money) {
        return Math.toIntExact(money.amountInMinorUnits());
    }

    @SchemaMapping(typeName = TYPE)
    String formatted(Money money, @ContextValue(name = ReaderLanguage.CONTEXT_KEY, required = false) Language reader) {
        return MoneyFormat.format(money, reader == null ? Language.DEFAULT : reader);
    }
}
