package fr.passerelle.agreement.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Seals a PDF with the platform's key as a PAdES baseline signature (B-B): an incremental update adding a
 * signature dictionary ({@code ETSI.CAdES.detached}) whose CMS signs every byte of the file but its own contents, with
 * the signing-certificate-v2 attribute naming the seal's certificate and the claimed time in the dictionary (PAdES
 * leaves the CMS signing-time attribute out). Any later change to the signed bytes breaks the seal.
 */
public final class PadesSigner {

    /** Room for the CMS: the chain of a real seal (two or three certificates) with room to spare. */
    private static final int SIGNATURE_SIZE = 32 * 1024;

    private final DocumentSeal seal;

    public PadesSigner(DocumentSeal seal) {
        this.seal = seal;
    }

    public DocumentSeal seal() {
        return seal;
    }

    /** The PDF with the seal appended; {@code reason} and {@code at} are recorded in the signature dictionary. */
    public byte[] sign(byte[] pdf, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf);
             SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Passerelle");
            signature.setReason(reason);
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(calendar);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream sealed = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE);
            document.saveIncremental(sealed);
            return sealed.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            SignerInfoGenerator signer = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime(signingCertificate()))
                    .build(new JcaContentSignerBuilder(seal.signatureAlgorithm()).build(seal.key()),
                            seal.certificate());
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(new JcaCertStore(seal.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot seal the document", e);
        }
    }

    /** ESS signing-certificate-v2 (RFC 5035): binds the signature to the seal's certificate, as PAdES requires. */
    private AttributeTable signingCertificate() throws GeneralSecurityException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(seal.certificate().getEncoded());
            SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2[] {new ESSCertIDv2(hash)});
            return new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(value)));
        } catch (CertificateEncodingException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable attributes) {
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(attributes);
        return parameters -> {
            @SuppressWarnings("unchecked")
            Hashtable<ASN1ObjectIdentifier, Object> table = standard.getAttributes(parameters).toHashtable();
            table.remove(CMSAttributes.signingTime);
            return new AttributeTable(table);
        };
    }
}
