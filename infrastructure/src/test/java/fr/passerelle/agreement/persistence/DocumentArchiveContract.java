package fr.passerelle.agreement.persistence;

import static fr.passerelle.agreement.persistence.AgreementData.at;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.testing.TestDatabase;
import java.util.Random;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@link DocumentArchive} promises. */
abstract class DocumentArchiveContract extends StoreContract {

    private static final String COLLECTION = "archived_documents";
    private static final String KEY = DocumentKeys.agreement("agreement-1", 1);

    @Autowired
    private DocumentArchive archive;

    @Test
    void aDocumentIsReadBackWithItsExactBytesTypeHashAndTime() {
        byte[] pdf = bytes(300_000, 1);

        archive.put(document(KEY, DocumentKeys.PDF, pdf));

        ArchivedDocument found = archive.find(KEY).orElseThrow();
        assertThat(found.content()).isEqualTo(pdf);
        assertThat(found.contentType()).isEqualTo(DocumentKeys.PDF);
        assertThat(found.sha256()).isEqualTo(Sha256.of(pdf));
        assertThat(found.storedAt()).isEqualTo(at(1_000));
        assertThat(Sha256.of(found.content())).isEqualTo(found.sha256());
    }

    @Test
    void theBytesAreStoredAsBinaryUnderTheKeyWithoutAnOutbox() {
        archive.put(document(KEY, DocumentKeys.PDF, bytes(1_000, 2)));

        Document stored = TestDatabase.raw(mongo, COLLECTION, KEY);
        assertThat(stored.get("content")).isInstanceOf(Binary.class);
        assertThat(stored).containsOnlyKeys("_id", "contentType", "content", "sha256", "storedAt");
    }

    @Test
    void puttingAKeyAgainReplacesItsDocument() {
        archive.put(document(KEY, DocumentKeys.PDF, bytes(5_000, 3)));
        byte[] scan = bytes(2_000, 4);

        archive.put(document(KEY, "image/png", scan));

        ArchivedDocument found = archive.find(KEY).orElseThrow();
        assertThat(found.content()).isEqualTo(scan);
        assertThat(found.contentType()).isEqualTo("image/png");
        assertThat(mongo.getCollection(COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void eachKeyKeepsItsOwnDocumentAndAnUnknownKeyHasNone() {
        byte[] first = bytes(100, 5);
        byte[] second = bytes(100, 6);
        archive.put(document(KEY, DocumentKeys.PDF, first));
        archive.put(document(DocumentKeys.agreement("agreement-1", 2), DocumentKeys.PDF, second));

        assertThat(archive.find(KEY).orElseThrow().content()).isEqualTo(first);
        assertThat(archive.find(DocumentKeys.agreement("agreement-1", 2)).orElseThrow().content()).isEqualTo(second);
        assertThat(archive.find(DocumentKeys.agreement("agreement-1", 3))).isEmpty();
    }

    private static ArchivedDocument document(String key, String contentType, byte[] content) {
        return new ArchivedDocument(key, contentType, content, Sha256.of(content), at(1_000));
    }

    /** Random bytes of every value, zeros and 0xFF included. */
    private static byte[] bytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        bytes[0] = 0;
        bytes[size - 1] = (byte) 0xFF;
        return bytes;
    }
}
