package fr.passerelle.enrollment.service;

import fr.passerelle.crm.model.AutomationOrigin;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.PipelineStage;
import fr.passerelle.crm.model.StageKind;
import fr.passerelle.crm.port.in.DealUseCases;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.util.List;
import java.util.Optional;

/**
 * A confirmed enrollment wins the person's deal: the contact's open deals for this session or its programme
 * ({@link Deal#offeringRef} naming either's id) move to their pipeline's first WON stage; when none of the contact's
 * deals names them, the open deals naming no offering at all do (a deal about another programme is left alone). No
 * open deal, nothing moves: no deal is invented. The move goes through the deals' automation entry point, so the
 * deal's history shows the platform moved it and why ({@link #ORIGIN}), and its {@code deal.won} event starts the
 * school's rules as any win. Idempotent: a won deal is no longer open.
 */
public class EnrollmentDeals implements EventSubscriber {

    /** How the deal's history names the move: no rule of the school, the confirmation itself. */
    public static final AutomationOrigin ORIGIN = new AutomationOrigin(EnrollmentEvents.ENROLLMENT_CONFIRMED,
            "enrollment confirmed");
    /** Deals of one contact looked at: far more than one person's open opportunities. */
    static final int MAX_DEALS = 100;

    private final Enrollments enrollments;
    private final Deals deals;
    private final Pipelines pipelines;
    private final DealUseCases dealUseCases;

    public EnrollmentDeals(Enrollments enrollments, Deals deals, Pipelines pipelines, DealUseCases dealUseCases) {
        this.enrollments = enrollments;
        this.deals = deals;
        this.pipelines = pipelines;
        this.dealUseCases = dealUseCases;
    }

    @Override
    public String name() {
        return "enrollment-deals";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return EnrollmentEvents.ENROLLMENT_CONFIRMED.equals(event.type());
    }

    @Override
    public void on(DomainEvent event) {
        enrollments.findById(event.aggregateId()).ifPresent(enrollment -> wonBy(enrollment).forEach(deal ->
                wonStage(deal).ifPresent(won -> dealUseCases.move(ORIGIN, enrollment.schoolId(), deal.id(),
                        new DealUseCases.Move(won.id(), null, null)))));
    }

    /**
     * The open deals this enrollment concludes. Whether any deal names the offering is judged on all the contact's
     * deals, won ones included: redelivered after the named deal was won, the unnamed ones are not taken for it.
     */
    private List<Deal> wonBy(Enrollment enrollment) {
        List<Deal> all = deals.findByContact(enrollment.schoolId(), enrollment.contactId(), MAX_DEALS);
        List<Deal> named = all.stream().filter(deal -> enrollment.sessionId().equals(deal.offeringRef())
                || enrollment.programmeId().equals(deal.offeringRef())).toList();
        List<Deal> candidates = !named.isEmpty() ? named : all.stream()
                .filter(deal -> deal.offeringRef() == null || deal.offeringRef().isBlank()).toList();
        return candidates.stream().filter(Deal::isOpen).toList();
    }

    private Optional<PipelineStage> wonStage(Deal deal) {
        return pipelines.findById(deal.pipelineId()).flatMap(pipeline -> pipeline.stages().stream()
                .filter(stage -> stage.kind() == StageKind.WON).findFirst());
    }
}
