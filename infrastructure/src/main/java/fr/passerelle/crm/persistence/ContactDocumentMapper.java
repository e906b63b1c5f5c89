package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class)
interface ContactDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    @Mapping(target = "emailKey", expression = "java(contact.emailKey())")
    @Mapping(target = "phoneKey", expression = "java(contact.phoneKey())")
    @Mapping(target = "nameKey", expression = "java(contact.nameKey())")
    @Mapping(target = "department", expression = "java(contact.department())")
    @Mapping(target = "mergedInto", expression = "java(contact.mergedInto())")
    ContactDocument toDocument(Contact contact, Long storedVersion);

    Contact toDomain(ContactDocument document);
}
