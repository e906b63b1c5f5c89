package fr.passerelle.enrollment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.LedgerKind;
import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.port.out.Invoices;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.enrollment.service.InvoiceIssuer;
import fr.passerelle.enrollment.service.PaymentLedger;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The payments' adapters on the embedded store: a ledger entry's reference is recorded once, and invoices issued by
 * many threads at once take the numbers 1..N of their organisation's year, none missing, none twice, one per payment.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoPaymentsTest {

    private static final int PARALLEL = 30;

    @Autowired
    private MongoOperations mongo;

    @Autowired
    private PaymentLedger ledger;

    @Autowired
    private LedgerEntries entries;

    @Autowired
    private Invoices invoices;

    @Autowired
    private InvoiceIssuer invoiceIssuer;

    @Autowired
    private EventFactory events;

    @BeforeEach
    void empty() {
        TestDatabase.clear(mongo);
    }

    @Test
    void aReferenceIsRecordedOnceAndEntriesRoundTrip() {
        var first = ledger.append(payment("school-a", "enrollment-1", "pi_1"), "contact-1", Initiator.system());
        var again = ledger.append(payment("school-a", "enrollment-1", "pi_1"), "contact-1", Initiator.system());

        assertThat(first).isPresent();
        assertThat(again).as("a redelivered provider event records nothing").isEmpty();
        assertThat(entries.ofEnrollment("enrollment-1", 10)).singleElement().isEqualTo(first.get());
        assertThat(entries.ofEnrollments(List.of("enrollment-1", "enrollment-2"), 10)).containsOnlyKeys(
                "enrollment-1");
        LedgerEntry same = new LedgerEntry("other", "school-a", "enrollment-1", LedgerKind.PAYMENT, Money.euros(1),
                LedgerMethod.CARD, "pi_1", 1, null, Instant.now(), null, 0);
        assertThatThrownBy(() -> entries.insert(same, events.created("payment.received", Initiator.system(), same,
                Map.of()))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void parallelIssuesNumberEachOrganisationsInvoicesWithoutGapNorDuplicate() throws Exception {
        List<LedgerEntry> payments = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            payments.add(ledger.append(payment("school-a", "enrollment-" + i, "pi_a" + i), null, Initiator.system())
                    .orElseThrow());
        }
        LedgerEntry otherSchool = ledger.append(payment("school-b", "enrollment-b", "pi_b"), null,
                Initiator.system()).orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<Invoice>> issued = new ArrayList<>();
        try {
            // each payment issued twice at once, as a redelivered event would: one invoice each
            for (LedgerEntry payment : payments) {
                for (int twice = 0; twice < 2; twice++) {
                    issued.add(pool.submit(() -> {
                        start.await();
                        return invoiceIssuer.issue(payment);
                    }));
                }
            }
            start.countDown();
            for (Future<Invoice> invoice : issued) {
                invoice.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int year = issued.get(0).get().year();
        List<Integer> numbers = mongo.findAll(InvoiceDocument.class).stream()
                .filter(d -> d.schoolId().equals("school-a")).map(InvoiceDocument::number).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, PARALLEL).boxed().toList());
        assertThat(invoices.lastNumber("school-a", year)).isEqualTo(PARALLEL);
        assertThat(invoiceIssuer.issue(otherSchool).reference()).as("another organisation counts apart")
                .isEqualTo("FA-" + year + "-000001");
        assertThat(invoices.ofEnrollments(List.of("enrollment-0"), 10).get("enrollment-0")).singleElement()
                .extracting(Invoice::paymentEntry).isEqualTo(payments.get(0).id());
    }

    @Test
    void aNumberTakenIsRefused() {
        LedgerEntry payment = ledger.append(payment("school-a", "enrollment-1", "pi_1"), null, Initiator.system())
                .orElseThrow();
        Invoice first = invoiceIssuer.issue(payment);

        Invoice sameNumber = new Invoice("other", "school-a", "enrollment-2", null, first.year(), first.number(),
                "another-payment", Money.euros(1), first.issuedOn(), false, Instant.now(), 0);
        assertThatThrownBy(() -> invoices.insert(sameNumber, events.created("invoice.issued", Initiator.system(),
                sameNumber, Map.of()))).isInstanceOf(DuplicateKeyException.class);
    }

    private static PaymentLedger.Fact payment(String school, String enrollment, String providerId) {
        return new PaymentLedger.Fact(school, enrollment, LedgerKind.PAYMENT, Money.euros(300), LedgerMethod.CARD,
                providerId, 1, null);
    }
}
