package fr.passerelle.shared.validation;

import fr.passerelle.shared.model.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Collects every violation of a command before failing, so a form shows all its errors at once.
 *
 * <pre>{@code
 * var checks = new Checks();
 * String name = checks.text("name", raw.name(), Limits.NAME);
 * String about = checks.optionalText("description", raw.description(), Limits.LONG_TEXT, TextKind.PROSE);
 * checks.throwIfAny();
 * }</pre>
 */
public final class Checks {

    /** E.164: a plus, then 8 to 15 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{7,14}");
    /** What people put between digits: spaces (the non-breaking ones French typing inserts too), dots, dashes… */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[ \u00A0\u202F.\\-()]");

    private final List<Violation> violations = new ArrayList<>();

    /** A required, trimmed one-line text ({@link TextKind#LINE}) of at most {@code maxLength} characters. */
    public String text(String path, String value, int maxLength) {
        return text(path, value, maxLength, TextKind.LINE);
    }

    /** A required, trimmed text of the given kind, at most {@code maxLength} characters; null when invalid. */
    public String text(String path, String value, int maxLength, TextKind kind) {
        if (value == null || value.isBlank()) {
            add(path, ErrorCode.REQUIRED, "error.value.required");
            return null;
        }
        return optionalText(path, value, maxLength, kind);
    }

    /** An optional one-line text ({@link TextKind#LINE}): blank becomes null; otherwise trimmed and bounded. */
    public String optionalText(String path, String value, int maxLength) {
        return optionalText(path, value, maxLength, TextKind.LINE);
    }

    /**
     * An optional text of the given kind: blank becomes null; otherwise trimmed (prose with its line endings
     * normalised), bounded, and refused ({@link ErrorCode#INVALID}) when it holds what its kind does not allow.
     */
    public String optionalText(String path, String value, int maxLength, TextKind kind) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = kind.normalised(value.strip());
        if (trimmed.length() > maxLength) {
            add(path, ErrorCode.TOO_LONG, "error.text.too-long", maxLength);
            return null;
        }
        var problem = kind.problem(trimmed);
        if (problem.isPresent()) {
            violations.add(new Violation(Violation.segments(path), ErrorCode.INVALID, problem.get()));
            return null;
        }
        return trimmed;
    }

    /**
     * An optional phone number, returned in E.164 ({@code +33612345678}): spaces, dots, dashes and parentheses are
     * dropped, then a plus and 8 to 15 digits must remain. The one text that may start with {@code +}.
     */
    public String phone(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = PHONE_SEPARATORS.matcher(value.strip()).replaceAll("");
        if (!PHONE.matcher(compact).matches()) {
            add(path, ErrorCode.INVALID, "error.value.phone");
            return null;
        }
        return compact;
    }

    public <T> T required(String path, T value) {
        if (value == null) {
            add(path, ErrorCode.REQUIRED, "error.value.required");
        }
        return value;
    }

    /**
     * Parses a value with a factory that throws {@link BusinessRuleViolation} (a value object's own validation),
     * re-rooting its violations under {@code path}. Null stays null.
     */
    public <R, T> T parse(String path, R raw, Function<R, T> factory) {
        if (raw == null) {
            return null;
        }
        try {
            return factory.apply(raw);
        } catch (BusinessRuleViolation e) {
            for (Violation v : e.violations()) {
                List<String> nested = new ArrayList<>(Violation.segments(path));
                nested.addAll(v.field());
                violations.add(new Violation(nested, v.code(), v.message()));
            }
            return null;
        }
    }

    /** A bounded list ({@link Limits#LIST} items at most); null is empty, too many is reported and empty. */
    public <T> List<T> list(String path, List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > Limits.LIST) {
            add(path, ErrorCode.OUT_OF_RANGE, "error.list.too-long", Limits.LIST);
            return List.of();
        }
        return values;
    }

    /** A bounded list of required, trimmed one-line texts, each at most {@code maxLength}, without repeats. */
    public List<String> texts(String path, List<String> values, int maxLength) {
        return texts(path, values, maxLength, TextKind.LINE);
    }

    /** A bounded list of required, trimmed texts of the given kind, each at most {@code maxLength}, without repeats. */
    public List<String> texts(String path, List<String> values, int maxLength, TextKind kind) {
        List<String> clean = new ArrayList<>();
        List<String> given = list(path, values);
        for (int i = 0; i < given.size(); i++) {
            String text = text(path + "." + i, given.get(i), maxLength, kind);
            if (text != null && !clean.contains(text)) {
                clean.add(text);
            }
        }
        return clean;
    }

    /** A date within {@code window}; null stays null, a date outside is reported and becomes null. */
    public LocalDate date(String path, LocalDate value, DateWindow window) {
        if (value != null && !window.contains(value)) {
            add(path, ErrorCode.OUT_OF_RANGE, "error.date.out-of-window", window.first(), window.last());
            return null;
        }
        return value;
    }

    /** An instant on one of {@code window}'s days; null stays null, an instant outside is reported and becomes null. */
    public Instant instant(String path, Instant value, DateWindow window) {
        if (value != null && !window.contains(value)) {
            add(path, ErrorCode.OUT_OF_RANGE, "error.date.out-of-window", window.first(), window.last());
            return null;
        }
        return value;
    }

    /**
     * Two required days within {@code window}, the end not before the start: the range, or null when either is
     * missing or wrong (each reported under its own path). Nothing proportional to the range's length is done here,
     * so callers may then walk it day by day.
     */
    public DateRange dateRange(String startPath, LocalDate start, String endPath, LocalDate end, DateWindow window) {
        LocalDate first = date(startPath, required(startPath, start), window);
        LocalDate last = date(endPath, required(endPath, end), window);
        if (first == null || last == null) {
            return null;
        }
        if (last.isBefore(first)) {
            add(endPath, ErrorCode.INVALID, "error.date.end-before-start");
            return null;
        }
        return new DateRange(first, last);
    }

    /** A year within {@code window}'s years; null stays null, a year outside is reported and becomes null. */
    public Integer year(String path, Integer value, DateWindow window) {
        if (value != null && !window.containsYear(value)) {
            add(path, ErrorCode.OUT_OF_RANGE, "error.year.out-of-range", window.first().getYear(), window.last().getYear());
            return null;
        }
        return value;
    }

    /** A count from {@code min} to {@code max}, both included; null stays null, outside is reported, becomes null. */
    public Integer count(String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(path, ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", min, max);
            return null;
        }
        return value;
    }

    /** One more violation: see {@link Violation#of}. */
    public void add(String path, ErrorCode code, String key, Object... arguments) {
        violations.add(Violation.of(path, code, key, arguments));
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
    }
}
