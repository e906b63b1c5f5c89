package fr.passerelle.agreement.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of the rules for one agreement.
 *
 * @param presence              the internship's duration as D124-6 counts it
 * @param findings              one finding per rule, in a fixed order, plus a warning when holiday data was missing
 * @param gratificationSchedule the minimum gratification due month by month; empty when it is not mandatory or could
 *                              not be computed (the gratification finding says which)
 */
public record RulesReport(Presence presence, List<RuleFinding> findings,
                          List<MonthlyGratification> gratificationSchedule) {

    public RulesReport {
        Objects.requireNonNull(presence, "presence");
        findings = List.copyOf(findings);
        gratificationSchedule = List.copyOf(gratificationSchedule);
    }

    /** Whether any finding blocks the agreement. */
    public boolean blocking() {
        return findings.stream().anyMatch(RuleFinding::blocking);
    }

    public Optional<RuleFinding> finding(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }
}
