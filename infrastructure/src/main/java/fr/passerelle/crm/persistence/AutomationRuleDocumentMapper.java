package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface AutomationRuleDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    AutomationRuleDocument toDocument(AutomationRule rule, Long storedVersion);

    /** {@code delete(now)} is a change, not a property (MapStruct reads one-argument methods as fluent setters). */
    @Mapping(target = "delete", ignore = true)
    AutomationRule toDomain(AutomationRuleDocument document);
}
