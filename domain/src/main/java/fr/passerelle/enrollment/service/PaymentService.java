package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.model.Ledger;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.enrollment.model.PaymentAttempt;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.enrollment.port.in.PaymentUseCases;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.Invoices;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link PaymentUseCases}: reading an enrollment's payments, paying through the provider, recording by hand. */
public class PaymentService implements PaymentUseCases {

    /** The notices' and events' target: payments belong to the enrollment. */
    public static final String TYPE = "Enrollment";
    public static final int MAX_REFERENCE = 60;
    /** Invoices listed with an enrollment: one per payment, a 12-instalment plan with a few retries stays below. */
    public static final int MAX_INVOICES = 50;
    private static final Set<EnrollmentState> ENDED = Set.of(EnrollmentState.CANCELLED, EnrollmentState.ABANDONED,
            EnrollmentState.COMPLETED);
    private static final Set<LedgerMethod> BY_HAND = Set.of(LedgerMethod.TRANSFER, LedgerMethod.CHEQUE);

    private final Enrollments enrollments;
    private final LedgerEntries entries;
    private final Invoices invoices;
    private final PaymentLedger ledger;
    private final PaymentAccountChanges accounts;
    private final PaymentGateway gateway;
    private final Clock clock;

    public PaymentService(Enrollments enrollments, LedgerEntries entries, Invoices invoices, PaymentLedger ledger,
                          PaymentAccountChanges accounts, PaymentGateway gateway, Clock clock) {
        this.enrollments = enrollments;
        this.entries = entries;
        this.invoices = invoices;
        this.ledger = ledger;
        this.accounts = accounts;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public Map<String, EnrollmentPayments> payments(Actor actor, Collection<Enrollment> enrollments) {
        List<Enrollment> readable = enrollments.stream().filter(e -> EnrollmentAccess.mayRead(actor, e)).toList();
        List<String> ids = readable.stream().map(Enrollment::id).toList();
        Map<String, List<LedgerEntry>> ledgers = entries.ofEnrollments(ids, Ledger.MAX_ENTRIES);
        List<String> withInvoices = readable.stream().filter(e -> seesEntries(actor, e)).map(Enrollment::id).toList();
        Map<String, List<Invoice>> issued = invoices.ofEnrollments(withInvoices, MAX_INVOICES);
        LocalDate today = today();
        Map<String, EnrollmentPayments> payments = new LinkedHashMap<>();
        for (Enrollment enrollment : readable) {
            Ledger of = new Ledger(ledgers.getOrDefault(enrollment.id(), List.of()));
            boolean entriesVisible = seesEntries(actor, enrollment);
            payments.put(enrollment.id(), new EnrollmentPayments(enrollment.id(), of.instalments(today),
                    of.balance(), of.fundersPaid(), entriesVisible,
                    entriesVisible ? issued.getOrDefault(enrollment.id(), List.of()) : List.of()));
        }
        return payments;
    }

    @Override
    public Page<LedgerEntry> entries(Actor actor, String enrollmentId, Paging paging) {
        Enrollment enrollment = readable(actor, enrollmentId);
        return seesEntries(actor, enrollment) ? entries.page(enrollmentId, paging) : Page.empty();
    }

    @Override
    public PaymentAttempt start(Actor actor, String enrollmentId, Start command) {
        Enrollment enrollment = payable(actor, readable(actor, enrollmentId));
        if (command.method() != LedgerMethod.CARD && command.method() != LedgerMethod.SEPA) {
            throw BusinessRuleViolation.of("method", ErrorCode.INVALID, "error.payment.method");
        }
        requireWithdrawalOver(enrollment);
        PaymentInstalment instalment = unsettled(ledger.of(enrollmentId), command.instalment());
        var account = accounts.find(enrollmentId);
        var pending = account.flatMap(a -> a.attempts().stream().filter(t -> t.instalment() == instalment.number()
                && t.method() == command.method() && t.state() == PaymentAttempt.State.PENDING).findFirst());
        if (pending.isPresent()) {
            return pending.get();
        }
        if (account.map(PaymentAccount::full).orElse(false)) {
            throw BusinessRuleViolation.of("instalment", ErrorCode.OUT_OF_RANGE, "error.payment.too-many-attempts",
                    PaymentAccount.MAX_ATTEMPTS);
        }
        long tries = account.map(a -> a.attempts().stream().filter(t -> t.instalment() == instalment.number())
                .count()).orElse(0L);
        // keyed by (enrollment, instalment, try): a double submit gets the provider's first answer
        String key = "pay:" + enrollmentId + ":" + instalment.number() + ":" + tries;
        PaymentAttempt attempt;
        try {
            attempt = command.method() == LedgerMethod.CARD
                    ? attempt(gateway.payByCard(payer(enrollment), instalment.outstanding(), key).id(),
                    instalment, LedgerMethod.CARD, false)
                    : attempt(gateway.setUpMandate(payer(enrollment), key).id(), instalment, LedgerMethod.SEPA, true);
        } catch (FunderRefusedException refused) {
            throw BusinessRuleViolation.of("method", ErrorCode.INVALID_STATE, "error.payment.provider-refused");
        }
        accounts.change(enrollment, EnrollmentEvents.PAYMENT_STARTED, actor.initiatorFor(school(enrollment)),
                a -> a.started(attempt, clock.instant()));
        return attempt;
    }

    @Override
    public LedgerEntry record(Actor actor, String enrollmentId, Record command) {
        Enrollment enrollment = EnrollmentAccess.requirePayments(actor, readable(actor, enrollmentId));
        var checks = new Checks();
        LedgerMethod method = checks.required("method", command.method());
        if (method != null && !BY_HAND.contains(method)) {
            checks.add("method", ErrorCode.INVALID, "error.payment.method");
        }
        String reference = checks.text("reference", command.reference(), MAX_REFERENCE);
        Money amount = amount(checks, command.amount());
        checks.throwIfAny();
        String key = "record:" + enrollmentId + ":" + reference;
        Ledger of = ledger.of(enrollmentId);
        Optional<LedgerEntry> recorded = of.entries().stream().filter(e -> e.reference().equals(key)).findFirst();
        if (recorded.isPresent()) {
            return sameRecord(recorded.get(), command);
        }
        requireWithdrawalOver(enrollment);
        PaymentInstalment instalment = unsettled(withRoom(of), command.instalment());
        if (amount.isGreaterThan(instalment.outstanding())) {
            throw BusinessRuleViolation.of("amount", ErrorCode.OUT_OF_RANGE, "error.payment.above-outstanding");
        }
        return ledger.append(new PaymentLedger.Fact(enrollment.schoolId(), enrollmentId, LedgerKind.PAYMENT, amount,
                        command.method(), key, instalment.number(), null),
                enrollment.contactId(), actor.initiatorFor(school(enrollment)))
                .orElseThrow(() -> BusinessRuleViolation.of("reference", ErrorCode.DUPLICATE,
                        "error.payment.already-recorded"));
    }

    @Override
    public LedgerEntry recordFunder(Actor actor, String enrollmentId, FunderRecord command) {
        Enrollment enrollment = EnrollmentAccess.requirePayments(actor, readable(actor, enrollmentId));
        var checks = new Checks();
        String reference = checks.text("reference", command.reference(), MAX_REFERENCE);
        Money amount = amount(checks, command.amount());
        checks.throwIfAny();
        withRoom(ledger.of(enrollmentId));
        return ledger.append(new PaymentLedger.Fact(enrollment.schoolId(), enrollmentId, LedgerKind.FUNDER_PAYMENT,
                        amount, LedgerMethod.FUNDER, "funder:" + enrollmentId + ":" + reference, null, null),
                enrollment.contactId(), actor.initiatorFor(school(enrollment)))
                .orElseThrow(() -> BusinessRuleViolation.of("reference", ErrorCode.DUPLICATE,
                        "error.payment.already-recorded"));
    }

    /**
     * A retried record (its answer lost) gets the entry it made; the same reference with other particulars is another
     * payment under a reference already used.
     */
    private static LedgerEntry sameRecord(LedgerEntry recorded, Record command) {
        boolean same = recorded.kind() == LedgerKind.PAYMENT && recorded.amount().equals(command.amount())
                && recorded.method() == command.method()
                && (command.instalment() == null || command.instalment().equals(recorded.instalment()));
        if (!same) {
            throw BusinessRuleViolation.of("reference", ErrorCode.DUPLICATE, "error.payment.already-recorded");
        }
        return recorded;
    }

    /** Nothing is collected before the withdrawal period is over (Code du travail, L6353-6). */
    private void requireWithdrawalOver(Enrollment enrollment) {
        LocalDate lastDay = enrollment.withdrawalEndsOn();
        if (lastDay != null && !today().isAfter(lastDay)) {
            throw BusinessRuleViolation.of("instalment", ErrorCode.INVALID_STATE, "error.payment.withdrawal-period",
                    lastDay);
        }
    }

    /** The provider knows the payer by the enrollment: one customer per enrollment, never a name. */
    static String payer(Enrollment enrollment) {
        return "enrollment:" + enrollment.id();
    }

    private static boolean seesEntries(Actor actor, Enrollment enrollment) {
        return EnrollmentAccess.isLearner(actor, enrollment)
                || EnrollmentAccess.mayWorkPayments(actor, enrollment.schoolId());
    }

    private Enrollment readable(Actor actor, String enrollmentId) {
        return EnrollmentAccess.requireRead(actor, EnrollmentAccess.load(enrollments, enrollmentId));
    }

    /** The learner pays their own; finance and admins may start a payment for them (e.g. on the phone). */
    private static Enrollment payable(Actor actor, Enrollment enrollment) {
        if (!EnrollmentAccess.isLearner(actor, enrollment)) {
            EnrollmentAccess.requirePayments(actor, enrollment);
        }
        if (ENDED.contains(enrollment.state())) {
            throw BusinessRuleViolation.of("enrollmentId", ErrorCode.INVALID_STATE, "error.payment.enrollment-ended");
        }
        return enrollment;
    }

    /** Hand-recorded entries could otherwise grow a ledger past what is read whole. */
    private static Ledger withRoom(Ledger of) {
        if (of.full()) {
            throw BusinessRuleViolation.of("amount", ErrorCode.OUT_OF_RANGE, "error.payment.ledger-full",
                    Ledger.MAX_ENTRIES);
        }
        return of;
    }

    private PaymentInstalment unsettled(Ledger of, Integer number) {
        LocalDate today = today();
        var instalment = number == null ? of.next(today) : of.instalment(number, today);
        if (instalment.isEmpty()) {
            throw BusinessRuleViolation.of("instalment", ErrorCode.INVALID, "error.payment.no-instalment");
        }
        if (instalment.get().settled()) {
            throw BusinessRuleViolation.of("instalment", ErrorCode.INVALID_STATE, "error.payment.instalment-settled");
        }
        return instalment.get();
    }

    private static Money amount(Checks checks, Money amount) {
        Money given = checks.required("amount", amount);
        if (given != null && (!given.isPositive() || given.amountInMinorUnits() > ProgrammePrice.MAX_EUROS * 100
                || !given.currency().equals(Money.euros(0).currency()))) {
            checks.add("amount", ErrorCode.OUT_OF_RANGE, "error.payment.amount", ProgrammePrice.MAX_EUROS);
        }
        return given;
    }

    private PaymentAttempt attempt(String providerId, PaymentInstalment instalment, LedgerMethod method,
                                   boolean mandate) {
        return new PaymentAttempt(providerId, instalment.number(), method, mandate, instalment.outstanding(),
                PaymentAttempt.State.PENDING, clock.instant());
    }

    private static Tenant school(Enrollment enrollment) {
        return Tenant.school(enrollment.schoolId());
    }

    private LocalDate today() {
        return PlatformCalendar.today(clock);
    }
}
