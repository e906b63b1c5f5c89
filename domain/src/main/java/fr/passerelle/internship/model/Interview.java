package fr.passerelle.internship.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The interview of an application: slots proposed by the company, the one the learner picked.
 *
 * @param place        an address or a video-call link, as the recruiter wrote it
 * @param chosenSlotId the picked slot, null until the learner picks
 * @param round        1 for the first proposal, incremented at each reschedule
 */
public record Interview(InterviewStatus status, List<InterviewSlot> slots, String chosenSlotId, String place,
                        int round) {

    public Interview {
        Objects.requireNonNull(status, "status");
        slots = List.copyOf(slots);
    }

    public Optional<InterviewSlot> chosenSlot() {
        return slots.stream().filter(slot -> slot.id().equals(chosenSlotId)).findFirst();
    }
}
