package fr.passerelle.company.persistence;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.Siret;
import fr.passerelle.shared.persistence.PersistenceMapping;
import fr.passerelle.shared.persistence.SearchKeys;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapping.class, imports = SearchKeys.class)
interface CompanyDocumentMapper {

    @Mapping(target = "nameKey", expression = "java(SearchKeys.normalize(company.profile().legalName()))")
    @Mapping(target = "tradeNameKey", expression = "java(SearchKeys.normalize(company.profile().tradeName()))")
    @Mapping(target = "version", source = "storedVersion")
    CompanyDocument toDocument(Company company, Long storedVersion);

    Company toDomain(CompanyDocument document);

    default String siret(Siret siret) {
        return siret == null ? null : siret.value();
    }

    default Siret siret(String siret) {
        return siret == null ? null : new Siret(siret);
    }
}
