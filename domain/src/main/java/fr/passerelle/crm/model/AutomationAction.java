package fr.passerelle.crm.model;

import fr.passerelle.agreement.rules.PublicHolidays;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.WorkingDays;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.Limits;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * One thing a rule does, as data.
 *
 * @param target           the stage id ({@link Kind#MOVE_DEAL}), the staff member's subject ({@link Kind#ASSIGN_OWNER},
 *                         {@link Kind#NOTIFY_STAFF}, and optionally {@link Kind#CREATE_TASK}: else the deal's
 *                         owner), or the tag ({@link Kind#ADD_TAG}, {@link Kind#REMOVE_TAG})
 * @param title            the task's title ({@link Kind#CREATE_TASK})
 * @param dueInWorkingDays when the task is due, in working days after the run ({@link Kind#CREATE_TASK})
 */
public record AutomationAction(Kind kind, String target, String title, Integer dueInWorkingDays) {

    /** Furthest a task may be due: about three months of working days. */
    public static final int MAX_DUE_IN_WORKING_DAYS = 60;
    /** Tasks fall due at the end of the working day, in the platform's zone. */
    static final LocalTime DUE_TIME = LocalTime.of(18, 0);

    /** What an action does. */
    public enum Kind {
        MOVE_DEAL, ASSIGN_OWNER, CREATE_TASK, ADD_TAG, REMOVE_TAG, NOTIFY_STAFF;

        /** Whether {@code target} names a staff member (who then holds personal data in the rule). */
        public boolean targetsStaff() {
            return this == ASSIGN_OWNER || this == NOTIFY_STAFF || this == CREATE_TASK;
        }

        /** Whether the action changes a deal, so needs the event to concern one. */
        public boolean needsDeal() {
            return this == MOVE_DEAL || this == ASSIGN_OWNER;
        }

        /** Whether the action changes a contact, so needs the event to concern one. */
        public boolean needsContact() {
            return this == ADD_TAG || this == REMOVE_TAG;
        }
    }

    public AutomationAction {
        Objects.requireNonNull(kind, "kind");
    }

    /** The action as given, checked under {@code path}; null when it is not valid (reported in checks). */
    static AutomationAction validated(Checks checks, String path, Kind kind, String target, String title,
                                      Integer dueInWorkingDays) {
        Kind required = checks.required(path + ".kind", kind);
        if (required == null) {
            return null;
        }
        String targetPath = path + ".target";
        return switch (required) {
            case MOVE_DEAL, ASSIGN_OWNER, NOTIFY_STAFF, ADD_TAG, REMOVE_TAG -> {
                // Tags are bounded as the contacts part bounds them; ids and subjects as short texts.
                int max = required == Kind.ADD_TAG || required == Kind.REMOVE_TAG ? Limits.CODE : Limits.SHORT_TEXT;
                String clean = checks.text(targetPath, target, max);
                yield clean == null ? null : new AutomationAction(required, clean, null, null);
            }
            case CREATE_TASK -> {
                String cleanTarget = checks.optionalText(targetPath, target, Limits.SHORT_TEXT);
                String cleanTitle = checks.text(path + ".title", title, Limits.NAME);
                Integer due = checks.count(path + ".dueInWorkingDays", checks.required(path + ".dueInWorkingDays",
                        dueInWorkingDays), 0, MAX_DUE_IN_WORKING_DAYS);
                yield cleanTitle == null || due == null ? null
                        : new AutomationAction(required, cleanTarget, cleanTitle, due);
            }
        };
    }

    /** The staff member the action names, when it names one. */
    public String staffSubject() {
        return kind.targetsStaff() ? target : null;
    }

    /**
     * When a task created on {@code day} falls due: {@link #dueInWorkingDays} working days later (weekends and
     * French public holidays skipped; 0 is the same day, or the next working day when it is not one), at the end of
     * that day.
     */
    public Instant dueAt(LocalDate day, PublicHolidays holidays) {
        LocalDate due = day;
        while (!working(due, holidays)) {
            due = due.plusDays(1);
        }
        for (int left = dueInWorkingDays; left > 0; left--) {
            do {
                due = due.plusDays(1);
            } while (!working(due, holidays));
        }
        return due.atTime(DUE_TIME).atZone(PlatformCalendar.ZONE).toInstant();
    }

    private static boolean working(LocalDate day, PublicHolidays holidays) {
        DayOfWeek weekday = day.getDayOfWeek();
        Set<LocalDate> off = holidays.holidays("FR", day.getYear()).orElse(Set.of());
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !off.contains(day);
    }
}
