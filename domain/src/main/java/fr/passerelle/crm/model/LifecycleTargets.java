package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The target kinds a school tracks lifecycle stages for (seed document 004: training organisations, coaches,
 * auditors, certifiers, ministries). Data per school, edited by its admins; a school that never set them has the
 * {@link #DEFAULTS}. One document per school, its id the school's.
 */
public record LifecycleTargets(String id, List<String> kinds, Instant createdAt, Instant updatedAt, long version)
        implements Aggregate {

    public static final List<String> DEFAULTS =
            List.of("TRAINING_ORGANISATION", "COACH", "AUDITOR", "CERTIFIER", "MINISTRY");
    /** Enough for any organisation's segments of clientele; few enough for a menu. */
    public static final int MAX_KINDS = 20;
    /** Upper-case codes, as enum values read: {@code TRAINING_ORGANISATION}. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public LifecycleTargets {
        Objects.requireNonNull(id, "id");
        kinds = List.copyOf(kinds);
    }

    /** The defaults of a school that never set its own (version -1: not stored yet). */
    public static LifecycleTargets defaults(String schoolId, Instant now) {
        return new LifecycleTargets(schoolId, DEFAULTS, now, now, -1);
    }

    public boolean isStored() {
        return version >= 0;
    }

    public boolean contains(String kind) {
        return kinds.contains(kind);
    }

    public LifecycleTargets withKinds(List<String> newKinds, Instant now) {
        return new LifecycleTargets(id, newKinds, createdAt, now, Math.max(version, 0));
    }

    /** Validated kinds: 1 to {@link #MAX_KINDS} distinct codes. */
    public static List<String> validated(String path, List<String> raw) {
        var checks = new Checks();
        List<String> kinds = new ArrayList<>();
        if (raw == null || raw.isEmpty() || raw.size() > MAX_KINDS) {
            checks.add(path, ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", 1, MAX_KINDS);
        } else {
            for (int i = 0; i < raw.size(); i++) {
                String kind = raw.get(i) == null ? "" : raw.get(i).strip();
                if (!CODE.matcher(kind).matches()) {
                    checks.add(path + "." + i, ErrorCode.INVALID, "error.crm.target.code");
                } else if (!kinds.contains(kind)) {
                    kinds.add(kind);
                }
            }
        }
        checks.throwIfAny();
        return kinds;
    }
}
