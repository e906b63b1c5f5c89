package fr.passerelle.catalog.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.privacy.model.PersonalData;
import fr.passerelle.privacy.persistence.AuthorshipPrivacy;
import fr.passerelle.privacy.persistence.PrivacyQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * A programme names the staff member who drafted it, and publishes two contacts (its accessibility referent and its
 * programme contact) on the anonymous catalogue. They are meant to be a role (a function and a professional mailbox
 * or phone), but they are free text and often name a person, so they are personal data: a person finds them in
 * their export and their erasure removes them, by matching their e-mail addresses in the text (the only link these
 * contacts have to a person). A published programme whose contact was erased then lists it as missing, so the
 * school names someone else.
 */
@Component
class ProgrammesPrivacy extends AuthorshipPrivacy {

    private static final String COLLECTION = "catalogProgrammes";
    private static final List<String> CONTACTS = List.of("details.accessibility.referentContact", "details.contact");

    private final MongoOperations mongo;

    ProgrammesPrivacy(MongoOperations mongo) {
        super(mongo, "catalog-programmes", "catalog.programme-authors", COLLECTION,
                List.of("details.title", "createdAt"));
        this.mongo = mongo;
    }

    @Override
    public List<PersonalData> declaration() {
        return Stream.concat(super.declaration().stream(), Stream.of(new PersonalData(
                "catalog.programme-contacts", COLLECTION, CONTACTS, "privacy.purpose.published-contacts",
                LegalBasis.LEGITIMATE_INTEREST, PersonalData.Erasure.DELETE))).toList();
    }

    @Override
    public List<ExportSection> export(DataSubject person) {
        List<ExportSection> sections = new ArrayList<>(super.export(person));
        naming(person, CONTACTS).ifPresent(where -> PrivacyQueries.section(mongo, feature() + "-contacts", COLLECTION,
                where, Stream.concat(Stream.of("details.title"), CONTACTS.stream()).toList())
                .ifPresent(sections::add));
        return sections;
    }

    /**
     * Removes each contact that names one of the person's addresses. The write bumps the version, so an editor holding
     * the programme from before fails their optimistic check instead of writing the contact back.
     */
    @Override
    public ErasureOutcome erase(DataSubject person, Instant now) {
        ErasureOutcome authors = super.erase(person, now);
        int removed = 0;
        for (String field : CONTACTS) {
            Optional<Criteria> naming = naming(person, List.of(field));
            if (naming.isPresent()) {
                removed += (int) mongo.updateMulti(Query.query(naming.get()),
                        new Update().unset(field).inc("version", 1), COLLECTION).getModifiedCount();
            }
        }
        return PrivacyQueries.outcome(feature(), authors.deleted() + removed, authors.pseudonymised());
    }

    /** Programmes where one of the fields names one of the person's addresses; none for a person without one. */
    private static Optional<Criteria> naming(DataSubject person, List<String> fields) {
        List<Criteria> matches = PrivacyQueries.emails(person).stream().flatMap(email -> fields.stream()
                .map(field -> Criteria.where(field).regex(Pattern.quote(email), "i"))).toList();
        return matches.isEmpty() ? Optional.empty() : Optional.of(new Criteria().orOperator(matches));
    }
}
