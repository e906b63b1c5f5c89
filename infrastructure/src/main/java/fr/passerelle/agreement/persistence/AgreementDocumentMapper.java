package fr.passerelle.agreement.persistence;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignedDocument;
import fr.passerelle.agreement.model.SigningCircuit;
import fr.passerelle.agreement.persistence.TermsDocument.ExceptionDocument;
import fr.passerelle.agreement.persistence.TermsDocument.ExceptionType;
import fr.passerelle.agreement.persistence.TermsDocument.GratificationBasis;
import fr.passerelle.agreement.persistence.TermsDocument.GratificationDocument;
import fr.passerelle.agreement.rules.ProposedGratification;
import fr.passerelle.agreement.rules.ScheduleException;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.persistence.MoneyDocument;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Dates map to and from ISO-8601 text, currencies to and from their ISO 4217 code (MapStruct's built-ins). The
 * sealed types of the rules (schedule exceptions, gratifications) are converted by hand: their documents name the
 * kind in a field, which MapStruct cannot choose a record by. The domain's transitions and copies that take one
 * argument ({@code cancelled(Instant)}, {@code sent(String)}, {@code delegatedTo(Delegate)}…) look like fluent
 * setters to MapStruct: they are ignored, every record is built through its canonical constructor.
 */
@Mapper(config = PersistenceMapping.class)
interface AgreementDocumentMapper {

    @Mapping(target = "signatoryEmails", expression = "java(signatoryEmails(agreement))")
    @Mapping(target = "tutorEmail", expression = "java(tutorEmail(agreement.parties()))")
    @Mapping(target = "version", source = "storedVersion")
    AgreementDocument toDocument(Agreement agreement, Long storedVersion);

    @Mapping(target = "submittedForValidation", ignore = true)
    @Mapping(target = "returnedToDraft", ignore = true)
    @Mapping(target = "completed", ignore = true)
    @Mapping(target = "cancelled", ignore = true)
    Agreement toDomain(AgreementDocument document);

    @Mapping(target = "sent", ignore = true)
    @Mapping(target = "withCircuit", ignore = true)
    SignedDocument signing(SigningDocument stored);

    @Mapping(target = "replacing", ignore = true)
    SigningCircuit circuit(SigningDocument.CircuitDocument stored);

    @Mapping(target = "delegatedTo", ignore = true)
    Signatory signatory(SigningDocument.SignatoryDocument stored);

    /** Everyone who signs or signs instead, in the agreement's circuit and every amendment's, lower case. */
    default List<String> signatoryEmails(Agreement agreement) {
        Stream<SigningCircuit> circuits = Stream.concat(Stream.of(agreement.signing().circuit()),
                agreement.amendments().stream().map(amendment -> amendment.signing().circuit()));
        return circuits.flatMap(circuit -> circuit.signatories().stream())
                .flatMap(signatory -> Stream.of(signatory.email(),
                        signatory.delegate() == null ? null : signatory.delegate().email()))
                .filter(Objects::nonNull).map(AgreementDocument::emailKey)
                .distinct().sorted().toList();
    }

    default String tutorEmail(Parties parties) {
        return AgreementDocument.emailKey(parties.tutor().email());
    }

    default ExceptionDocument exception(ScheduleException exception) {
        if (exception instanceof ScheduleException.Absence absence) {
            return new ExceptionDocument(ExceptionType.ABSENCE, absence.date().toString(), absence.minutes(),
                    absence.kind());
        }
        return new ExceptionDocument(ExceptionType.EXTRA_PRESENCE, exception.date().toString(), exception.minutes(),
                null);
    }

    default ScheduleException exception(ExceptionDocument stored) {
        LocalDate date = LocalDate.parse(stored.date());
        return switch (stored.type()) {
            case ABSENCE -> new ScheduleException.Absence(date, stored.minutes(), stored.absenceKind());
            case EXTRA_PRESENCE -> new ScheduleException.ExtraPresence(date, stored.minutes());
        };
    }

    default GratificationDocument gratification(ProposedGratification gratification) {
        if (gratification == null) {
            return null;
        }
        GratificationBasis basis = gratification instanceof ProposedGratification.Hourly
                ? GratificationBasis.HOURLY : GratificationBasis.MONTHLY_FLAT;
        return new GratificationDocument(basis, MoneyDocument.of(gratification.amount()));
    }

    default ProposedGratification gratification(GratificationDocument stored) {
        if (stored == null) {
            return null;
        }
        Money amount = stored.amount() == null ? null : stored.amount().toMoney();
        return switch (stored.basis()) {
            case HOURLY -> new ProposedGratification.Hourly(amount);
            case MONTHLY_FLAT -> new ProposedGratification.MonthlyFlat(amount);
        };
    }
}
