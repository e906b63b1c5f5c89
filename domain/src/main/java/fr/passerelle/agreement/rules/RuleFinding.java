package fr.passerelle.agreement.rules;

import fr.passerelle.shared.i18n.Message;
import java.util.List;
import java.util.Objects;

/**
 * What one rule found about an agreement.
 *
 * @param ruleId   a stable code clients switch on ({@code MAX_DURATION}, {@code GRATIFICATION}…)
 * @param article  the legal text the rule applies, as a person would cite it (a key of {@code i18n/findings})
 * @param message  one sentence for the people signing the agreement, written in each reader's language where it is
 *                 answered (keys {@code finding.*}); the amounts, durations and dates in it are its arguments
 * @param figures  the numbers behind the message (presence counted, limit…), for a client to format them itself
 */
public record RuleFinding(String ruleId, Message article, Severity severity, Message message, List<Figure> figures) {

    public RuleFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        figures = List.copyOf(figures);
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }

    /** The value of the named figure. */
    public long figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(ruleId + " has no figure " + name)).value();
    }

    /** A named number with its unit, so that a client can format it without parsing the message. */
    public record Figure(String name, long value, Unit unit) {

        public Figure {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
        }
    }

    public enum Unit {
        MINUTES, DAYS, MONTHS, CENTS, INTERNS, EMPLOYEES
    }
}
