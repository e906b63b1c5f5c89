package fr.passerelle.agreement.service;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.IssuedDocument;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.port.in.DocumentVerificationUseCases;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.IssuedDocuments;
import fr.passerelle.agreement.port.out.SignedOriginals;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Issues the signed original of an agreement once every party signed (on the {@code agreement.signed} event, or
 * on the first download if the event has not been delivered yet), keeps it in the archive beside the version signed,
 * records it in the register of issued documents, and answers the public verification from that register.
 *
 * <p>Issuing twice (a redelivered event racing a download) seals twice: both files are registered, the archive
 * keeps the last one, and each verifies.
 */
public class SignedOriginalService implements DocumentVerificationUseCases, EventSubscriber {

    private static final int SHA256_HEX_LENGTH = 64;

    private final Agreements agreements;
    private final DocumentArchive archive;
    private final SignedOriginals originals;
    private final IssuedDocuments issued;
    private final HeldAgreements held;
    private final Clock clock;

    public SignedOriginalService(Agreements agreements, DocumentArchive archive, SignedOriginals originals,
                                 IssuedDocuments issued, RestrictedRecords restrictions, Clock clock) {
        this.agreements = agreements;
        this.archive = archive;
        this.originals = originals;
        this.issued = issued;
        this.held = new HeldAgreements(restrictions);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "signed-originals";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return event.type().equals(AgreementEvents.SIGNED);
    }

    @Override
    public void on(DomainEvent event) {
        agreements.findById(event.aggregateId()).filter(SignedOriginalService::isSigned)
                .ifPresent(agreement -> archive.find(key(agreement)).or(() -> issue(agreement)));
    }

    @Override
    public Optional<ArchivedDocument> signedOriginal(Actor actor, String agreementId, Integer documentVersion) {
        return held.readable(actor, agreements.findById(agreementId))
                .filter(a -> isSigned(a)
                        && (documentVersion == null || documentVersion == a.signing().documentVersion()))
                .flatMap(a -> archive.find(key(a)).or(() -> issue(a)));
    }

    @Override
    public Optional<IssuedDocument> verify(String sha256) {
        if (sha256 == null || sha256.length() != SHA256_HEX_LENGTH || !isHex(sha256)) {
            return Optional.empty();
        }
        return issued.find(sha256.toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<IssuedDocument> verify(byte[] document) {
        return document == null ? Optional.empty() : issued.find(Sha256.of(document));
    }

    /** Signed by every party, for the version out: a binding agreement whose current version is complete. */
    private static boolean isSigned(Agreement agreement) {
        return agreement.status().isBinding() && agreement.signing().documentVersion() > 0
                && agreement.signing().complete();
    }

    private Optional<ArchivedDocument> issue(Agreement agreement) {
        int version = agreement.signing().documentVersion();
        return archive.find(DocumentKeys.agreement(agreement.id(), version)).map(signed -> {
            byte[] sealed = originals.issue(agreement, signed.content());
            String sha = Sha256.of(sealed);
            issued.record(new IssuedDocument(sha, agreement.id(), version, clock.instant(),
                    agreement.signing().currentSignatures().stream().map(s -> printed(agreement, s)).toList()));
            ArchivedDocument original = new ArchivedDocument(key(agreement), DocumentKeys.PDF, sealed, sha,
                    clock.instant());
            archive.put(original);
            return original;
        });
    }

    /** A signature as the signature page prints it: the role in the circuit, who actually signed, when, how. */
    private static IssuedDocument.SignedBy printed(Agreement agreement, Signature signature) {
        var role = signature.role() != null ? signature.role() : agreement.signing().circuit()
                .signatory(signature.signatoryId()).map(Signatory::role).orElseThrow();
        return new IssuedDocument.SignedBy(role, signature.signedBy(), signature.signedAt(), signature.method());
    }

    private static String key(Agreement agreement) {
        return DocumentKeys.signedOriginal(agreement.id(), agreement.signing().documentVersion());
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> HexFormat.isHexDigit(c));
    }
}
