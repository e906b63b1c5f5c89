package fr.passerelle.api.graphql;

import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/** The custom scalars of the schema, each parsing into the domain's value object so invalid input never gets in. */
@Component
class Scalars implements RuntimeWiringConfigurer {

    /** The last year with four digits, ISO 8601's and RFC 3339's basic form. */
    private static final int MAX_YEAR = 9999;

    @Override
    public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
        wiring.scalar(textScalar("DateTime", Instant.class, Instant::toString,
                        text -> fourDigitYear(OffsetDateTime.parse(text)).toInstant(),
                        "an ISO 8601 date-time with offset and a four-digit year"))
                .scalar(textScalar("Date", LocalDate.class, LocalDate::toString,
                        text -> fourDigitYear(LocalDate.parse(text)), "an ISO 8601 date with a four-digit year"))
                .scalar(textScalar("Email", EmailAddress.class, EmailAddress::value, EmailAddress::of,
                        "an e-mail address"))
                .scalar(textScalar("URL", WebAddress.class, WebAddress::toString, WebAddress::of,
                        "an absolute http or https address"))
                .scalar(textScalar("CurrencyCode", Currency.class, Currency::getCurrencyCode, Currency::getInstance,
                        "an ISO 4217 currency code such as EUR"))
                .scalar(GraphQLScalarType.newScalar().name("LegacyMoney").coercing(new LegacyMoneyCoercing()).build());
    }

    /** A scalar written as a string and held as a value object. */
    private static <T> GraphQLScalarType textScalar(String name, Class<T> type, Function<T, String> format,
                                                    Function<String, T> parse, String expected) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {
            /** The value object, or a text that parses as one (a view may hold an address as the domain stores it). */
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof String text) {
                    return format.apply(parseText(text, CoercingSerializeException::new));
                }
                if (!type.isInstance(value)) {
                    throw new CoercingSerializeException("Expected a " + type.getSimpleName());
                }
                return format.apply(type.cast(value));
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                if (!(input instanceof String text)) {
                    throw new CoercingParseValueException(name + " must be a string: " + expected);
                }
                return parseText(text, CoercingParseValueException::new);
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (!(input instanceof StringValue text)) {
                    throw new CoercingParseLiteralException(name + " must be a string: " + expected);
                }
                return parseText(text.getValue(), CoercingParseLiteralException::new);
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return StringValue.of(serialize(input, context, locale));
            }

            private <E extends RuntimeException> T parseText(String text, Function<String, E> error) {
                try {
                    return parse.apply(text);
                } catch (BusinessRuleViolation | DateTimeParseException | IllegalArgumentException e) {
                    throw error.apply(name + " must be " + expected + ", not " + abbreviate(text));
                }
            }
        }).build();
    }

    /**
     * Refuses a year beyond four digits ({@code +99999-12-31}), which ISO 8601 parsers accept: no date of the platform
     * is that far, and such years break stores and clients. Plausible dates are the domain's to check (DateWindow).
     */
    private static <T extends Temporal> T fourDigitYear(T value) {
        int year = value.get(ChronoField.YEAR);
        if (year < 0 || year > MAX_YEAR) {
            throw new IllegalArgumentException("year beyond four digits");
        }
        return value;
    }

    private static String abbreviate(String text) {
        final int shown = 40;
        return text.length() <= shown ? text : text.substring(0, shown) + "…";
    }

    /**
     * {@code {"amount": 250000, "currency": "EUR"}}: the former {@code Money} scalar, still returned by deprecated
     * fields. No input takes it any more ({@code MoneyInput} replaced it), so it only serialises.
     */
    private static final class LegacyMoneyCoercing implements Coercing<Money, Map<String, Object>> {

        private static final String OUTPUT_ONLY = "LegacyMoney is output only: send a MoneyInput";

        @Override
        public Map<String, Object> serialize(Object value, GraphQLContext context, Locale locale) {
            if (!(value instanceof Money money)) {
                throw new CoercingSerializeException("Expected Money");
            }
            Map<String, Object> wire = new LinkedHashMap<>();
            wire.put("amount", money.amountInMinorUnits());
            wire.put("currency", money.currency().getCurrencyCode());
            return wire;
        }

        @Override
        public Money parseValue(Object input, GraphQLContext context, Locale locale) {
            throw new CoercingParseValueException(OUTPUT_ONLY);
        }

        @Override
        public Money parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            throw new CoercingParseLiteralException(OUTPUT_ONLY);
        }
    }
}
