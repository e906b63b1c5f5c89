package fr.passerelle.enrollment.graphql;

import fr.passerelle.api.graphql.Batches;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.MoneyInput;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.PageArguments;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentAttempt;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.enrollment.port.in.PaymentUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import graphql.relay.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** An enrollment's payments over GraphQL: thin translation to {@link PaymentUseCases}, which decides who may. */
@Controller
class PaymentController {

    private static final String OLDEST_FIRST = "AT_ASC";
    private static final Set<String> ID = Set.of("id");

    private final PaymentUseCases payments;

    PaymentController(PaymentUseCases payments) {
        this.payments = payments;
    }

    /** {@code EnrollmentPayments}; {@code entries} is paged on read, for those who see them. */
    record PaymentsView(String enrollmentId, boolean entriesVisible, List<PaymentInstalment> instalments,
                        Money balance, Money fundersPaid, List<InvoiceView> invoices) {

        static PaymentsView of(PaymentUseCases.EnrollmentPayments payments) {
            return new PaymentsView(payments.enrollmentId(), payments.entriesVisible(), payments.instalments(),
                    payments.balance(), payments.fundersPaid(),
                    payments.invoices().stream().map(InvoiceView::of).toList());
        }
    }

    /** {@code Invoice}. */
    record InvoiceView(String number, Money amount, LocalDate issuedOn,
                       List<String> mentions) {

        static InvoiceView of(Invoice invoice) {
            return new InvoiceView(invoice.reference(), invoice.amount(), invoice.issuedOn(),
                    invoice.vatExempt() ? List.of(Invoice.VAT_EXEMPTION) : List.of());
        }
    }

    record StartInput(LedgerMethod method, Integer instalment) {
    }

    record RecordInput(MoneyInput amount, LedgerMethod method, Integer instalment, String reference) {
    }

    record FunderRecordInput(MoneyInput amount, String reference) {
    }

    record StartPayload(List<UserErrorView> userErrors, PaymentAttempt payment) {
    }

    record EntryPayload(List<UserErrorView> userErrors, LedgerEntry entry) {
    }

    /** One read of the ledgers and one of the invoices for every enrollment of the response. */
    @BatchMapping(typeName = EnrollmentView.TYPE, field = "payments")
    Map<EnrollmentView, PaymentsView> payments(List<EnrollmentView> of, @ContextValue Actor actor) {
        Map<String, PaymentUseCases.EnrollmentPayments> found = payments.payments(actor,
                of.stream().map(EnrollmentView::enrollment).toList());
        return Batches.byParent(of, EnrollmentView::localId, found.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> PaymentsView.of(e.getValue()))));
    }

    @SchemaMapping(typeName = "EnrollmentPayments", field = "entries")
    Connection<LedgerEntry> entries(PaymentsView view, @Arguments PageArguments page, @ContextValue Actor actor) {
        var connection = page.orderedBy(OLDEST_FIRST);
        Page<LedgerEntry> entries = view.entriesVisible()
                ? payments.entries(actor, view.enrollmentId(), connection.paging()) : Page.empty();
        return connection.connection(entries, entry -> entry);
    }

    @MutationMapping
    StartPayload enrollmentPaymentStart(@Argument("enrollmentId") String id, @Argument StartInput input,
                                        @ContextValue Actor actor) {
        String enrollmentId = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(() -> payments.start(actor, enrollmentId,
                new PaymentUseCases.Start(input.method(), input.instalment())), StartPayload::new);
    }

    @MutationMapping
    EntryPayload enrollmentPaymentRecord(@Argument("enrollmentId") String id, @Argument RecordInput input,
                                         @ContextValue Actor actor) {
        String enrollmentId = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(() -> payments.record(actor, enrollmentId, new PaymentUseCases.Record(
                MoneyInput.toMoney(input.amount()), input.method(), input.instalment(), input.reference())),
                EntryPayload::new);
    }

    @MutationMapping
    EntryPayload enrollmentPaymentFunderRecord(@Argument("enrollmentId") String id,
                                               @Argument FunderRecordInput input, @ContextValue Actor actor) {
        String enrollmentId = GlobalIds.localId(id, EnrollmentView.TYPE);
        return run(() -> payments.recordFunder(actor, enrollmentId, new PaymentUseCases.FunderRecord(
                MoneyInput.toMoney(input.amount()), input.reference())), EntryPayload::new);
    }

    private static <T, P> P run(Supplier<T> useCase, BiFunction<List<UserErrorView>, T, P> payload) {
        return Mutations.run("input", ID, useCase, payload);
    }
}
