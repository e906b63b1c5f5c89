package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.Task;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.util.Currency;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Pipelines, deals and tasks. Deals and tasks have one-argument methods returning their own type ({@code movedTo}, {@code passedDue}…),
 * which MapStruct would take for setters: they are ignored.
 */
@Mapper(config = PersistenceMapping.class)
interface CrmDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    PipelineDocument toDocument(Pipeline pipeline, Long storedVersion);

    Pipeline toDomain(PipelineDocument document);

    @Mapping(target = "version", source = "storedVersion")
    @Mapping(target = "amountInCents", source = "deal.amount")
    DealDocument toDocument(Deal deal, Long storedVersion);

    @Mapping(target = "amount", source = "amountInCents")
    @Mapping(target = "movedTo", ignore = true)
    @Mapping(target = "movedBackTo", ignore = true)
    Deal toDomain(DealDocument document);

    @Mapping(target = "version", source = "storedVersion")
    TaskDocument toDocument(Task task, Long storedVersion);

    @Mapping(target = "movedTo", ignore = true)
    @Mapping(target = "movedBackTo", ignore = true)
    @Mapping(target = "passedDue", ignore = true)
    Task toDomain(TaskDocument document);

    /** Deals are in euros: the stored amount is its cents. */
    default Long cents(Money amount) {
        return amount == null ? null : amount.amountInMinorUnits();
    }

    default Money euros(Long cents) {
        return cents == null ? null : new Money(cents, Currency.getInstance("EUR"));
    }
}
