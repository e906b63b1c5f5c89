package fr.passerelle.enrollment.model;

import fr.passerelle.shared.model.Aggregate;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The financing of one enrollment (its id is the enrollment's): the {@link FundingPlan}, how the payer pays their
 * part, who that payer is, and one {@link FunderRequest} per funder line (the plan's lines but the learner's).
 * <p>
 * The payer of the remainder is the learner, unless the plan names a company ({@link #companyId}): the employer then
 * pays the learner's part and is the contract's other party ({@link #payerIsCompany()}: no withdrawal period for a
 * professional buyer). Staff name the company when an EMPLOYER line pays everything, or when the employer carries what
 * the funders leave; a plan whose remainder the learner pays names none.
 * <p>
 * Changing a line that was already requested (its amount, its reference, its account id) resets its request to
 * {@link FunderRequestState#NOT_REQUESTED} under a new attempt: the funder's earlier answer was for another amount, so
 * the line is asked again. Removing a requested line, or resetting one, reports the request given up
 * ({@link Change#withdrawn}) so the service cancels it at the funder where the funder allows it.
 *
 * @param contactId      the enrollment's CRM contact (the person the funders' references concern)
 * @param learnerSubject the learner's token subject, who reads their own funding
 * @param companyId      the company paying the learner's part, null when the learner pays it
 */
public record Funding(String id, String schoolId, String contactId, String learnerSubject, FundingPlan plan,
                      InstalmentOption instalments, String companyId, List<FunderRequest> requests,
                      String createdBy, Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    public Funding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(instalments, "instalments");
        requests = requests.stream().sorted(Comparator.comparing(FunderRequest::source)).toList();
    }

    /** A change of a line: the funding after it, and the request it gave up (to cancel at the funder), if any. */
    public record Change(Funding funding, Optional<Withdrawn> withdrawn) {
    }

    /** A request given up while the funder still held it: its line's source, reference and request. */
    public record Withdrawn(FundingSource source, String reference, FunderRequest request) {
    }

    public static Funding planned(Enrollment enrollment, FundingPlan plan, InstalmentOption instalments,
                                  String companyId, String by, Instant now) {
        checkSchedule(plan, instalments);
        return new Funding(enrollment.id(), enrollment.schoolId(), enrollment.contactId(),
                enrollment.learnerSubject(), plan, instalments, companyId, List.of(), by, now, now, 0);
    }

    /** A new plan (price, exemptions), instalment option or payer; the funder lines and their requests stay. */
    public Funding replanned(FundingPlan newPlan, InstalmentOption newInstalments, String newCompanyId, Instant now) {
        checkSchedule(newPlan, newInstalments);
        return new Funding(id, schoolId, contactId, learnerSubject, newPlan, newInstalments, newCompanyId, requests,
                createdBy, createdAt, now, version);
    }

    /**
     * Adds or changes a funder line. An unchanged line (same amount, reference and account id) changes nothing; a
     * changed one that was requested is reset.
     */
    public Change withLine(FundingLine line, String accountId, Instant now) {
        Optional<FundingLine> before = line(line.source());
        FundingChange change = before.isPresent() ? plan.changeLine(line) : plan.addLine(line);
        FundingPlan next = change.orThrow();
        checkSchedule(next, instalments);
        Optional<FunderRequest> request = request(line.source());
        if (before.isPresent() && before.get().equals(line) && request.isPresent()
                && Objects.equals(request.get().accountId(), accountId)) {
            return new Change(this, Optional.empty());
        }
        FunderRequest reset = request.map(r -> r.state() == FunderRequestState.NOT_REQUESTED
                        ? FunderRequest.notRequested(r.source(), r.attempt(), accountId) : r.reset(accountId))
                .orElse(FunderRequest.notRequested(line.source(), 0, accountId));
        return new Change(with(next, replaced(reset), now), withdrawn(line.source()));
    }

    public Change withoutLine(FundingSource source, Instant now) {
        FundingPlan next = plan.removeLine(source).orThrow();
        checkSchedule(next, instalments);
        List<FunderRequest> rest = requests.stream().filter(r -> r.source() != source).toList();
        return new Change(with(next, rest, now), withdrawn(source));
    }

    /** The line filed with its funder: the funder's reference (when it gave one), its state and deadline. */
    public Funding filed(FundingSource source, String reference, FunderRequestState state, LocalDate deadline,
                         Instant now) {
        FunderRequest request = requireRequest(source);
        FundingPlan next = plan;
        FundingLine line = line(source).orElseThrow();
        if (reference != null && !reference.equals(line.funderReference())) {
            next = plan.changeLine(new FundingLine(source, line.amount(), reference)).orThrow();
        }
        return with(next, replaced(request.filed(state, deadline, now)), now);
    }

    /**
     * What a funder's notification says of the line holding {@code reference}: the request moved forward (or, still
     * pending, given its deadline), or nothing (this funding unchanged) for a notification already applied, out of
     * order, or about a line not asked yet.
     */
    public Funding answered(String reference, FunderRequestState state, LocalDate deadline, String reason,
                            Instant at) {
        return sourceOf(reference).flatMap(this::request)
                .filter(request -> request.state() != FunderRequestState.NOT_REQUESTED
                        && (request.state().precedes(state) || newDeadline(request, state, deadline)))
                .map(request -> with(plan, replaced(request.moved(state, deadline, reason, at)), at))
                .orElse(this);
    }

    /**
     * The funder set the deadline of a step already recorded (the training account's platform notifies
     * {@code validated}, then the proposal's 4 working days with {@code waitingAcceptation}).
     */
    private static boolean newDeadline(FunderRequest request, FunderRequestState state, LocalDate deadline) {
        return request.state() == state && state.isPending() && deadline != null
                && !deadline.equals(request.answerBy());
    }

    /** Staff record the agreement of a funder without a gateway (region, employer), with its reference. */
    public Funding confirmed(FundingSource source, String reference, Instant now) {
        FunderRequest request = requireRequest(source);
        if (request.state() == FunderRequestState.ACCEPTED && line(source).map(FundingLine::funderReference)
                .filter(r -> r.equals(reference)).isPresent()) {
            return this;
        }
        if (!request.state().precedes(FunderRequestState.ACCEPTED)) {
            throw BusinessRuleViolation.of("source", ErrorCode.INVALID, "error.funding.line-not-open");
        }
        FundingLine line = line(source).orElseThrow();
        FundingPlan next = plan.changeLine(new FundingLine(source, line.amount(), reference)).orThrow();
        FunderRequest filed = request.requestedAt() == null ? request.filed(FunderRequestState.REQUESTED, null, now)
                : request;
        return with(next, replaced(filed.moved(FunderRequestState.ACCEPTED, null, null, now)), now);
    }

    public Optional<FunderRequest> request(FundingSource source) {
        return requests.stream().filter(r -> r.source() == source).findFirst();
    }

    public Optional<FundingLine> line(FundingSource source) {
        return plan.lines().stream().filter(l -> l.source() == source && source != FundingSource.LEARNER)
                .findFirst();
    }

    /** The funder line holding this funder's reference. */
    public Optional<FundingSource> sourceOf(String reference) {
        return plan.lines().stream().filter(l -> reference.equals(l.funderReference())).map(FundingLine::source)
                .filter(source -> source != FundingSource.LEARNER).findFirst();
    }

    /** Every funder line asked (none left {@link FunderRequestState#NOT_REQUESTED}); false without funder lines. */
    public boolean requested() {
        return !requests.isEmpty() && requests.stream().allMatch(r -> r.state() != FunderRequestState.NOT_REQUESTED);
    }

    /** Every funder line agreed; true without funder lines (the learner or the company pays all). */
    public boolean secured() {
        return requests.stream().allMatch(r -> r.state() == FunderRequestState.ACCEPTED);
    }

    public boolean refused() {
        return requests.stream().anyMatch(r -> r.state().isFailed());
    }

    public boolean payerIsCompany() {
        return companyId != null;
    }

    private Optional<Withdrawn> withdrawn(FundingSource source) {
        return request(source).filter(r -> r.state().isPending() || r.state() == FunderRequestState.ACCEPTED)
                .map(r -> new Withdrawn(source, line(source).map(FundingLine::funderReference).orElse(null), r));
    }

    private FunderRequest requireRequest(FundingSource source) {
        return request(source).orElseThrow(() -> BusinessRuleViolation.of("source", ErrorCode.INVALID,
                "error.funding.no-such-line"));
    }

    private List<FunderRequest> replaced(FunderRequest request) {
        List<FunderRequest> next = new ArrayList<>(requests.stream()
                .filter(r -> r.source() != request.source()).toList());
        next.add(request);
        return next;
    }

    private Funding with(FundingPlan newPlan, List<FunderRequest> newRequests, Instant now) {
        return new Funding(id, schoolId, contactId, learnerSubject, newPlan, instalments, companyId, newRequests,
                createdBy, createdAt, now, version);
    }

    /** The payer's part must split into the chosen instalments (each at least the minimum). */
    private static void checkSchedule(FundingPlan plan, InstalmentOption option) {
        plan.schedule(option, plan.date());
    }
}
