package fr.passerelle.enrollment.wiring;

import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.in.TaskUseCases;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.InvoiceSettings;
import fr.passerelle.enrollment.port.out.Invoices;
import fr.passerelle.enrollment.port.out.LedgerEntries;
import fr.passerelle.enrollment.port.out.PaymentAccounts;
import fr.passerelle.enrollment.port.out.PaymentGateway;
import fr.passerelle.enrollment.service.InvoiceIssuer;
import fr.passerelle.enrollment.service.PaymentAccountChanges;
import fr.passerelle.enrollment.service.PaymentDunning;
import fr.passerelle.enrollment.service.PaymentEventsListener;
import fr.passerelle.enrollment.service.PaymentGate;
import fr.passerelle.enrollment.service.PaymentLedger;
import fr.passerelle.enrollment.service.PaymentReceivables;
import fr.passerelle.enrollment.service.PaymentRefunds;
import fr.passerelle.enrollment.service.PaymentService;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrollment's payments: ledger, receivables, provider events, dunning, refunds, invoices and the payment gate.
 * The funding and contract gates are the sibling parts' beans; they are looked up when used (like the gateways'
 * listeners), so that the parts do not depend on each other's construction order.
 */
@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

    @Bean
    PaymentLedger paymentLedger(LedgerEntries entries, IdGenerator ids, EventFactory events, Clock clock) {
        return new PaymentLedger(entries, ids, events, clock);
    }

    @Bean
    PaymentAccountChanges paymentAccountChanges(PaymentAccounts accounts, EventFactory events, Clock clock) {
        return new PaymentAccountChanges(accounts, events, clock);
    }

    @Bean
    PaymentDunning paymentDunning(Reminders reminders, Enrollments enrollments, PaymentLedger ledger,
                                  PaymentAccountChanges accounts, NoticeDelivery notices, Memberships memberships,
                                  Contacts contacts, TaskUseCases tasks, ObjectProvider<FundingProgress> funding,
                                  Clock clock) {
        return new PaymentDunning(reminders, enrollments, ledger, accounts, notices, memberships,
                PaymentDunning.crm(contacts, tasks), enrollment -> funding.getObject().of(enrollment), clock);
    }

    @Bean
    PaymentReceivables paymentReceivables(Enrollments enrollments, ObjectProvider<FundingProgress> funding,
                                          ObjectProvider<ContractProgress> contracts, PaymentLedger ledger,
                                          PaymentDunning dunning) {
        return new PaymentReceivables(enrollments, enrollment -> funding.getObject().of(enrollment),
                enrollment -> contracts.getObject().of(enrollment), ledger, dunning);
    }

    @Bean
    PaymentService paymentService(Enrollments enrollments, LedgerEntries entries, Invoices invoices,
                                  PaymentLedger ledger, PaymentAccountChanges accounts, PaymentGateway gateway,
                                  Clock clock) {
        return new PaymentService(enrollments, entries, invoices, ledger, accounts, gateway, clock);
    }

    @Bean
    PaymentEventsListener paymentEventsListener(Enrollments enrollments, PaymentAccountChanges accounts,
                                                PaymentLedger ledger, PaymentGateway gateway, PaymentDunning dunning,
                                                PaymentRefunds refunds, NoticeDelivery notices, Clock clock) {
        return new PaymentEventsListener(enrollments, accounts, ledger, gateway, dunning, refunds, notices, clock);
    }

    @Bean
    PaymentRefunds paymentRefunds(Enrollments enrollments, Sessions sessions, PaymentLedger ledger,
                                  PaymentGateway gateway, PaymentDunning dunning, Clock clock) {
        return new PaymentRefunds(enrollments, sessions, ledger, gateway, dunning, clock);
    }

    @Bean
    InvoiceIssuer invoiceIssuer(Invoices invoices, LedgerEntries entries, Enrollments enrollments,
                                  InvoiceSettings settings, IdGenerator ids, EventFactory events, Clock clock) {
        return new InvoiceIssuer(invoices, entries, enrollments, settings, ids, events, clock);
    }

    @Bean
    PaymentGate paymentGate(Sessions sessions, PaymentLedger ledger, ObjectProvider<FundingProgress> funding,
                            Clock clock) {
        return new PaymentGate(sessions, ledger, enrollment -> funding.getObject().of(enrollment), clock);
    }

    /**
     * The organisations that declared their training VAT-exempt (article 261-4-4° a of the CGI), by school id, from
     * {@code passerelle.invoices.vat-exempt-schools}, until the school's settings hold the declaration.
     */
    @Bean
    InvoiceSettings invoiceSettings(@Value("${passerelle.invoices.vat-exempt-schools:}") List<String> exempt) {
        Set<String> schools = Set.copyOf(exempt);
        return schools::contains;
    }
}
