package fr.passerelle.shared.persistence;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Shared MapStruct configuration: every target property must be mapped, or the build fails. */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, uses = ValueMappings.class)
public interface PersistenceMapping {
}
