package fr.passerelle.marketing.persistence;

import fr.passerelle.marketing.model.Newsletter;
import fr.passerelle.marketing.port.out.Newsletters;
import fr.passerelle.notification.model.Text;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoNewsletters implements Newsletters {

    static final String COLLECTION = "newsletters";

    private final MongoOperations mongo;

    MongoNewsletters(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(Newsletter newsletter) {
        mongo.insert(new NewsletterDocument(newsletter.id(), newsletter.text().title(), newsletter.text().body(),
                newsletter.createdBy(), newsletter.createdAt()));
    }

    @Override
    public Optional<Newsletter> findById(String id) {
        return Optional.ofNullable(mongo.findById(id, NewsletterDocument.class)).map(document -> new Newsletter(
                document.id(), new Text(document.title(), document.body()), document.createdBy(),
                document.createdAt()));
    }

    @Override
    public int pseudonymiseAuthor(String subject, String pseudonym) {
        return (int) mongo.updateMulti(Query.query(Criteria.where("createdBy").is(subject)),
                new Update().set("createdBy", pseudonym), NewsletterDocument.class).getModifiedCount();
    }
}
