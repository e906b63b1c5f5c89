package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.Invoice;
import fr.passerelle.enrollment.model.LedgerEntry;
import fr.passerelle.enrollment.model.PaymentAccount;
import fr.passerelle.enrollment.model.PaymentAttempt;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** The payments' aggregates to and from their documents (one-argument transitions are not setters: ignored). */
@Mapper(config = PersistenceMapping.class)
interface PaymentDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    LedgerEntryDocument toDocument(LedgerEntry entry, Long storedVersion);

    LedgerEntry toDomain(LedgerEntryDocument document);

    @Mapping(target = "version", source = "storedVersion")
    PaymentAccountDocument toDocument(PaymentAccount account, Long storedVersion);

    PaymentAccount toDomain(PaymentAccountDocument document);

    @Mapping(target = "withState", ignore = true)
    PaymentAttempt toDomain(PaymentAttemptDocument document);

    @Mapping(target = "version", source = "storedVersion")
    InvoiceDocument toDocument(Invoice invoice, Long storedVersion);

    @Mapping(target = "numbered", ignore = true)
    Invoice toDomain(InvoiceDocument document);
}
