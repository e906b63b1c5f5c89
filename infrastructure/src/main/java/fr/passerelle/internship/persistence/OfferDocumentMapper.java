package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.shared.persistence.PersistenceMapping;
import java.util.stream.Stream;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Dates map to and from ISO-8601 text, currencies to and from their ISO 4217 code (MapStruct's built-ins). */
@Mapper(config = PersistenceMapping.class, imports = {OfferTokens.class, SkillRequirement.class, Stream.class})
interface OfferDocumentMapper {

    @Mapping(target = "listedAt",
            expression = "java(offer.publishedAt() != null ? offer.publishedAt() : offer.createdAt())")
    @Mapping(target = "searchTokens", expression = "java(OfferTokens.of(offer.terms()))")
    @Mapping(target = "skillCodes", expression = "java(Stream.concat(offer.terms().requiredSkills().stream(), "
            + "offer.terms().niceToHaveSkills().stream()).map(SkillRequirement::code).toList())")
    @Mapping(target = "stipendKey", expression = "java(stipendKey(offer.terms()))")
    @Mapping(target = "version", source = "storedVersion")
    OfferDocument toDocument(InternshipOffer offer, Long storedVersion);

    /** {@code closed(Instant)} looks like a fluent setter to MapStruct; it is a transition, not a property. */
    @Mapping(target = "closed", ignore = true)
    InternshipOffer toDomain(OfferDocument document);

    default long stipendKey(OfferTerms terms) {
        return terms.monthlyStipend() == null ? 0 : terms.monthlyStipend().amountInMinorUnits();
    }

}
