package fr.passerelle.catalog.model;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a school sets of a session: its dates, weekly half-days, place (or distance), capacity, trainers (the token
 * subjects of members with the trainer role) and funders' references.
 *
 * @param place null for a session given at a distance
 */
public record SessionDetails(DateRange dates, List<WeeklySlot> schedule, Address place, boolean distance,
                             int capacity, List<String> trainers, FunderReferences funders) {

    public static final int MAX_CAPACITY = 500;
    /** A session lasts at most three years (a long apprenticeship). */
    public static final int MAX_YEARS = 3;
    public static final int MAX_TRAINERS = 20;

    public SessionDetails {
        schedule = List.copyOf(schedule);
        trainers = List.copyOf(trainers);
        funders = funders == null ? FunderReferences.NONE : funders;
    }

    /**
     * Checks raw values, every problem under its path: dates within the planning window and at most
     * {@link #MAX_YEARS} apart (before any day-by-day walk), at most ten distinct weekly half-days, a place unless at a
     * distance, a capacity of 1 to {@link #MAX_CAPACITY}, at most {@link #MAX_TRAINERS} trainers, bounded references.
     */
    public static SessionDetails validated(LocalDate start, LocalDate end, List<WeeklySlot> schedule,
                                           AddressDraft place, boolean distance, Integer capacity,
                                           List<String> trainers, FunderReferences funders, LocalDate today) {
        var checks = new Checks();
        DateRange dates = checks.dateRange("startOn", start, "endOn", end, DateWindow.plans(today));
        if (dates != null && dates.end().isAfter(dates.start().plusYears(MAX_YEARS))) {
            checks.add("endOn", ErrorCode.OUT_OF_RANGE, "error.catalog.session-too-long", MAX_YEARS);
        }
        List<WeeklySlot> slots = new ArrayList<>();
        List<WeeklySlot> given = schedule == null ? List.of() : schedule;
        if (given.isEmpty() || given.size() > 10) {
            checks.add("schedule", ErrorCode.OUT_OF_RANGE, "error.catalog.schedule-size", 10);
        } else {
            for (int i = 0; i < given.size(); i++) {
                WeeklySlot slot = checks.parse("schedule." + i, given.get(i), WeeklySlot::validated);
                if (slot != null) {
                    slots.add(slot);
                }
            }
            checks.parse("schedule", slots, list -> {
                WeeklySlot.requireDistinct(list);
                return list;
            });
        }
        Address address = distance ? null : checks.parse("place", checks.required("place", place),
                AddressDraft::validate);
        if (distance && place != null) {
            checks.add("place", ErrorCode.INVALID, "error.catalog.place-at-distance");
        }
        Integer seats = checks.count("capacity", checks.required("capacity", capacity), 1, MAX_CAPACITY);
        List<String> trainerList = trainers == null ? List.of() : trainers;
        if (trainerList.size() > MAX_TRAINERS) {
            checks.add("trainerSubjects", ErrorCode.OUT_OF_RANGE, "error.list.too-long", MAX_TRAINERS);
            trainerList = List.of();
        }
        trainerList = trainerList.stream().distinct().toList();
        FunderReferences references = funders == null ? FunderReferences.NONE : new FunderReferences(
                checks.optionalText("funders.trainingAccountActionId", funders.trainingAccountActionId(), Limits.CODE),
                checks.optionalText("funders.trainingAccountSessionId", funders.trainingAccountSessionId(),
                        Limits.CODE),
                checks.optionalText("funders.franceTravailSessionNumber", funders.franceTravailSessionNumber(),
                        Limits.CODE));
        checks.throwIfAny();
        return new SessionDetails(dates, slots, address, distance, seats, trainerList, references);
    }
}
