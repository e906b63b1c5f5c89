package fr.passerelle.internship.port.in;

import fr.passerelle.internship.model.InterviewSlot;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Interview slots proposed by the company, as sent: each an instant and the IANA time zone of the place (for
 * example Europe/Paris), so the learner sees the wall-clock time the recruiter meant, daylight saving included.
 */
public record InterviewCommand(List<SlotInput> slots, String place) {

    /** More choices than this is no choice. */
    static final int MAX_SLOTS = 10;
    static final int MIN_MINUTES = 10;
    static final int MAX_MINUTES = 240;
    static final int DEFAULT_MINUTES = 45;

    /** A proposed slot as sent; the duration defaults to {@value #DEFAULT_MINUTES} minutes. */
    public record SlotInput(Instant startsAt, Integer durationMinutes, String timeZone) {
    }

    /**
     * The slots, numbered 1, 2… in the order given; every slot must start after {@code now}, and within the planned
     * dates around it ({@link DateWindow#plans}).
     */
    public List<InterviewSlot> validate(Instant now) {
        var checks = new Checks();
        DateWindow window = DateWindow.plans(PlatformCalendar.dayOf(now));
        place(checks);
        List<SlotInput> given = slots == null ? List.of() : slots;
        if (given.isEmpty()) {
            checks.add("slots", ErrorCode.REQUIRED, "error.interview.no-slot");
        } else if (given.size() > MAX_SLOTS) {
            checks.add("slots", ErrorCode.OUT_OF_RANGE, "error.interview.too-many-slots", MAX_SLOTS);
            given = List.of();
        }
        List<InterviewSlot> clean = new ArrayList<>();
        Set<Instant> starts = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            SlotInput slot = given.get(i);
            String path = "slots." + i;
            Instant start = checks.instant(path + ".startsAt", checks.required(path + ".startsAt", slot.startsAt()),
                    window);
            if (start != null && !start.isAfter(now)) {
                checks.add(path + ".startsAt", ErrorCode.INVALID, "error.interview.slot-not-future");
            } else if (start != null && !starts.add(start)) {
                checks.add(path + ".startsAt", ErrorCode.DUPLICATE, "error.interview.slot-twice");
            }
            Integer minutes = checks.count(path + ".durationMinutes",
                    slot.durationMinutes() == null ? DEFAULT_MINUTES : slot.durationMinutes(), MIN_MINUTES, MAX_MINUTES);
            ZoneId zone = zone(checks, path + ".timeZone", slot.timeZone());
            if (start != null && minutes != null && zone != null) {
                clean.add(new InterviewSlot(String.valueOf(i + 1), start, minutes, zone));
            }
        }
        checks.throwIfAny();
        return clean;
    }

    /** The place, trimmed (null when blank); call it once {@link #validate} accepted the command. */
    public String cleanPlace() {
        return place(new Checks());
    }

    /** An address or a video link, possibly on several lines. */
    private String place(Checks checks) {
        return checks.optionalText("place", place, Limits.LONG_TEXT, TextKind.PROSE);
    }

    private static ZoneId zone(Checks checks, String path, String timeZone) {
        if (checks.required(path, timeZone) == null) {
            return null;
        }
        String id = timeZone.strip();
        // Region ids only: a fixed offset such as +01:00 would be wrong half of the year.
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            checks.add(path, ErrorCode.INVALID, "error.timezone.invalid");
            return null;
        }
        return ZoneId.of(id);
    }
}
