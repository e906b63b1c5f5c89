package fr.passerelle.internship.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.Interview;
import fr.passerelle.internship.model.InterviewSlot;
import fr.passerelle.internship.model.InterviewStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.StatusChange;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * GraphQL {@code Application}. The steps leave out who took them: the subjects are accounts of people the reader may
 * not know (the ids of the audit trail say it to those who may read it). The offer, applicant and learner resolve
 * in batches from {@code offerId} and {@code localId}.
 */
public record ApplicationView(String id, String message, List<ProfilePart> sharedParts, ApplicationStatus status,
                              List<StepView> history, InterviewView interview, int termsVersion, Instant createdAt,
                              Instant updatedAt, long version, String localId, String offerId, String learnerId,
                              Application application) {

    public static final String TYPE = "Application";

    static ApplicationView of(Application application) {
        return new ApplicationView(GlobalIds.encode(TYPE, application.id()), application.message(),
                application.sharedParts().stream().sorted().toList(), application.status(),
                application.history().stream().map(StepView::of).toList(), InterviewView.of(application.interview()),
                application.termsVersion(), application.createdAt(), application.updatedAt(), application.version(),
                application.id(), application.offerId(), application.learnerId(), application);
    }

    /** GraphQL {@code ApplicationStep}. */
    record StepView(ApplicationStatus status, Instant at, String note) {

        static StepView of(StatusChange change) {
            return new StepView(change.status(), change.at(), change.note());
        }
    }

    /** GraphQL {@code Interview}. */
    record InterviewView(InterviewStatus status, String place, int round, List<SlotView> slots, SlotView chosenSlot) {

        static InterviewView of(Interview interview) {
            if (interview == null) {
                return null;
            }
            return new InterviewView(interview.status(), interview.place(), interview.round(),
                    interview.slots().stream().map(SlotView::of).toList(),
                    interview.chosenSlot().map(SlotView::of).orElse(null));
        }
    }

    /** GraphQL {@code InterviewSlot}: the instant, and the wall-clock time of the slot's zone. */
    record SlotView(String id, Instant startsAt, Instant endsAt, int durationMinutes, String timeZone,
                    String localStart, String utcOffset) {

        static SlotView of(InterviewSlot slot) {
            var local = slot.localStart();
            return new SlotView(slot.id(), slot.start(), slot.end(), slot.durationMinutes(), slot.zone().getId(),
                    LocalDateTime.from(local).toString(), local.getOffset().getId().replace("Z", "+00:00"));
        }
    }
}
