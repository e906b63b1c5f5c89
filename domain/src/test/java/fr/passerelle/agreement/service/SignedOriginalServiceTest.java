package fr.passerelle.agreement.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.IssuedDocument;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.port.out.IssuedDocuments;
import fr.passerelle.agreement.port.out.SignedOriginals;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The signed original is issued once the last party signed (on the event, or on the first download), kept beside
 * the version signed and registered by its own hash; only readers of the agreement download it, and the public
 * verification finds exactly the files registered.
 */
class SignedOriginalServiceTest {

    private final AgreementScene scene = new AgreementScene();
    private final List<String> sealed = new ArrayList<>();
    private final SignedOriginals originals = (agreement, signedPdf) -> {
        sealed.add(agreement.id());
        return ("sealed " + Sha256.of(signedPdf) + " #" + sealed.size()).getBytes(StandardCharsets.UTF_8);
    };
    private final Map<String, IssuedDocument> register = new HashMap<>();
    private final IssuedDocuments issued = new IssuedDocuments() {
        @Override
        public void record(IssuedDocument document) {
            register.put(document.sha256(), document);
        }

        @Override
        public Optional<IssuedDocument> find(String sha256) {
            return Optional.ofNullable(register.get(sha256));
        }
    };
    private final SignedOriginalService service = new SignedOriginalService(scene.agreements, scene.archive,
            originals, issued, scene.restrictions, scene.clock);

    @Test
    void theLastSignatureIssuesTheOriginalOnceAndRegistersItsHashWithTheSignaturesAsPrinted() {
        Agreement signed = scene.signed();

        service.on(signedEvent(signed));
        service.on(signedEvent(signed));

        assertThat(sealed).as("a redelivered event issues nothing more").containsExactly(signed.id());
        var original = scene.archive.find(DocumentKeys.signedOriginal(signed.id(), 1)).orElseThrow();
        IssuedDocument entry = service.verify(original.sha256()).orElseThrow();
        assertThat(entry.reference()).isEqualTo(signed.id());
        assertThat(entry.documentVersion()).isEqualTo(1);
        assertThat(entry.signatures()).extracting(IssuedDocument.SignedBy::role).containsExactly(
                SignatoryRole.LEARNER, SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.TUTOR, SignatoryRole.REFERENT,
                SignatoryRole.SCHOOL_SIGNATORY);
        assertThat(entry.signatures()).extracting(IssuedDocument.SignedBy::method)
                .containsOnly(SignatureMethod.ELECTRONIC);
        assertThat(service.verify(original.content())).contains(entry);
        assertThat(service.verify(original.sha256().toUpperCase(Locale.ROOT))).contains(entry);
    }

    @Test
    void onlyReadersOfASignedAgreementDownloadItsOriginalIssuedOnTheFirstDownloadIfTheEventIsLate() {
        Agreement signed = scene.signed();

        assertThat(service.signedOriginal(scene.as(Who.STAFF_B), signed.id(), null)).isEmpty();
        assertThat(service.signedOriginal(scene.as(Who.OTHER_LEARNER), signed.id(), null)).isEmpty();
        assertThat(sealed).isEmpty();
        var original = service.signedOriginal(scene.as(Who.LEARNER), signed.id(), null).orElseThrow();
        assertThat(service.signedOriginal(scene.as(Who.STAFF_A), signed.id(), 1)).contains(original);
        assertThat(service.signedOriginal(scene.as(Who.STAFF_A), signed.id(), 2)).isEmpty();
        assertThat(service.signedOriginal(scene.as(Who.STAFF_A), "no-such-agreement", null)).isEmpty();
        assertThat(sealed).containsExactly(signed.id());
    }

    @Test
    void nothingIsIssuedBeforeTheLastSignature() {
        Agreement out = scene.outForSignature();

        service.on(signedEvent(out));

        assertThat(service.signedOriginal(scene.as(Who.STAFF_A), out.id(), null)).isEmpty();
        assertThat(sealed).isEmpty();
        assertThat(service.verify(out.signing().documentSha256())).isEmpty();
    }

    @Test
    void theVerificationFindsOnlyRegisteredHashesAndIgnoresWhatIsNotOne() {
        assertThat(service.verify("0".repeat(64))).isEmpty();
        assertThat(service.verify("not a hash")).isEmpty();
        assertThat(service.verify((String) null)).isEmpty();
        assertThat(service.verify("g".repeat(64))).isEmpty();
        assertThat(service.verify(new byte[] {1, 2, 3})).isEmpty();
    }

    private DomainEvent signedEvent(Agreement agreement) {
        return new DomainEvent("event-signed", AgreementEvents.SIGNED, "InternshipAgreement", agreement.id(),
                agreement.version(), Initiator.system(), scene.clock.instant(), List.of(), Map.of());
    }
}
