package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.Task;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.util.Currency;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface CrmDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    PipelineDocument toDocument(Pipeline pipeline, Long storedVersion);

    Pipeline toDomain(PipelineDocument document);

    @Mapping(target = "version", source = "storedVersion")
    @Mapping(target = "amountInCents", source = "deal.amount")
    DealDocument toDocument(Deal deal, Long storedVersion);

    @Mapping(target = "amount", source = "amountInCents")
    Deal toDomain(DealDocument document);

    @Mapping(target = "version", source = "storedVersion")
    TaskDocument toDocument(Task task, Long storedVersion);

    Task toDomain(TaskDocument document);

    /** Deals are in euros: the stored amount is its cents. */
    default Long cents(Money amount) {
        return amount == null ? null : amount.amountInMinorUnits();
    }

    default Money euros(Long cents) {
        return cents == null ? null : new Money(cents, Currency.getInstance("EUR"));
    }
}
