package fr.passerelle.enrollment.persistence;

import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Training contracts to and from their documents. The signing is stored as the domain's own records (the circuit and
 * its signatures are plain data); the aggregate's one-argument transitions are not setters.
 */
@Mapper(config = PersistenceMapping.class)
interface TrainingContractDocumentMapper {

    @Mapping(target = "version", source = "storedVersion")
    @Mapping(target = "signatoryEmails", expression = "java(signatoryEmails(contract))")
    @Mapping(target = "signatorySubjects", expression = "java(signatorySubjects(contract))")
    TrainingContractDocument toDocument(TrainingContract contract, Long storedVersion);

    @Mapping(target = "recalled", ignore = true)
    TrainingContract toDomain(TrainingContractDocument document);

    default List<String> signatoryEmails(TrainingContract contract) {
        return signatories(contract).flatMap(s -> Stream.of(s.email(), s.delegate() == null ? null
                        : s.delegate().email())).filter(Objects::nonNull)
                .map(email -> email.strip().toLowerCase(Locale.ROOT)).distinct().sorted().toList();
    }

    default List<String> signatorySubjects(TrainingContract contract) {
        return signatories(contract).map(Signatory::signingSubject).filter(Objects::nonNull).distinct().sorted()
                .toList();
    }

    private static Stream<Signatory> signatories(TrainingContract contract) {
        return contract.signing().circuit().signatories().stream();
    }
}
