package fr.passerelle.notification.persistence;

import fr.passerelle.notification.model.Notification;
import fr.passerelle.shared.persistence.PersistenceMapping;
import org.mapstruct.Mapper;

@Mapper(config = PersistenceMapping.class)
interface NotificationDocumentMapper {

    NotificationDocument toDocument(Notification notification);

    Notification toDomain(NotificationDocument document);
}
