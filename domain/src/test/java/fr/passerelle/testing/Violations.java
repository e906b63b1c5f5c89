package fr.passerelle.testing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Violation;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs a call that must break business rules and hands back what it reported. */
public final class Violations {

    private Violations() {
    }

    /** The violations of the {@link BusinessRuleViolation} thrown by {@code call}; fails the test if none is thrown. */
    public static List<Violation> thrownBy(ThrowingCallable call) {
        BusinessRuleViolation thrown = catchThrowableOfType(BusinessRuleViolation.class, call);
        if (thrown == null) {
            throw new AssertionError("expected a BusinessRuleViolation, but nothing was thrown");
        }
        return thrown.violations();
    }

    /** The field paths of the violations, in the order they were reported. */
    public static List<List<String>> fieldsThrownBy(ThrowingCallable call) {
        return thrownBy(call).stream().map(Violation::field).toList();
    }

    /**
     * Each violation as its dotted path and code, {@code "terms.weeks.0 INVALID"} (the code alone for the value as a
     * whole), in the order they were reported: a compact way to assert everything a call reported.
     */
    public static List<String> pathsAndCodesThrownBy(ThrowingCallable call) {
        return thrownBy(call).stream()
                .map(v -> (String.join(".", v.field()) + " " + v.code()).strip())
                .toList();
    }
}
