package fr.passerelle.agreement.rest;

import fr.passerelle.agreement.model.IssuedDocument;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.port.in.DocumentVerificationUseCases;
import fr.passerelle.api.rest.OpenApiDescription;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public verification of the documents Passerelle issues: given a file, or its SHA-256, whether the platform
 * issued it, for which agreement version, with which signatures, as the document itself prints them. No token: who
 * holds the document may check it. An unknown hash, a changed file and a malformed upload of a PDF all get the same
 * answer as "not issued", so the answer tells nothing the file does not; the work is one hash and one read by id,
 * bounded by the upload limit.
 */
@RestController
@Tag(name = "Document verification", description = "Whether a document was issued by Passerelle")
class DocumentVerificationController {

    /** A signed original is a few hundred kilobytes; anything larger is not one of ours. */
    static final long MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;
    static final String PATH = "/document-verifications";
    private static final String ANSWER = "Whether Passerelle issued the document; the same shape for a document it "
            + "did not issue, an unknown hash or a changed file";

    private final DocumentVerificationUseCases verifications;

    DocumentVerificationController(DocumentVerificationUseCases verifications) {
        this.verifications = verifications;
    }

    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a document Passerelle issued, from the file",
            description = "multipart/form-data with one part, `file`: the PDF (at most 5 MB). No token needed. The "
                    + "file is hashed and looked up; any change to it, even one byte, makes it unknown.")
    @ApiResponse(responseCode = "200", description = ANSWER)
    @ApiResponse(responseCode = "413", description = "The file is larger than 5 MB",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    Verification verifyFile(@Parameter(description = "The document, as received") @RequestPart("file")
                            MultipartFile file) throws IOException {
        if (file.getSize() > MAX_DOCUMENT_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
        }
        byte[] content = file.getBytes();
        return Verification.of(Sha256.of(content), verifications.verify(content));
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a document Passerelle issued, from its SHA-256",
            description = "JSON `{\"sha256\": \"<64 hex digits>\"}`, the SHA-256 of the file (e.g. `sha256sum`). No "
                    + "token needed. A value that is not 64 hexadecimal digits is a 400 problem.")
    @ApiResponse(responseCode = "200", description = ANSWER)
    Verification verifyHash(@RequestBody HashQuery query) {
        if (query == null || query.sha256() == null || !query.sha256().matches("[0-9a-fA-F]{64}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return Verification.of(query.sha256().toLowerCase(Locale.ROOT),
                verifications.verify(query.sha256()));
    }

    @Schema(description = "A document's SHA-256")
    record HashQuery(@Schema(description = "The SHA-256 of the file, 64 hexadecimal digits",
            pattern = "^[0-9a-fA-F]{64}$", requiredMode = Schema.RequiredMode.REQUIRED) String sha256) {
    }

    @Schema(description = "What Passerelle says of a document: issued or not and, if issued, only what the "
            + "document itself prints")
    record Verification(
            @Schema(description = "Whether Passerelle issued this very file") boolean issued,
            @Schema(description = "The SHA-256 looked up (lower-case hex)") String sha256,
            @Schema(description = "The agreement's reference as printed on the document; null if not issued",
                    nullable = true) String agreementReference,
            @Schema(description = "The version of the agreement signed; null if not issued", nullable = true)
            Integer agreementVersion,
            @Schema(description = "When the platform issued and sealed it; null if not issued", nullable = true)
            Instant issuedAt,
            @Schema(description = "The signatures, as the signature page prints them; empty if not issued")
            List<SignatureView> signatures) {

        static Verification of(String sha256, Optional<IssuedDocument> found) {
            return found.map(d -> new Verification(true, sha256, d.reference(), d.documentVersion(), d.issuedAt(),
                            d.signatures().stream().map(SignatureView::of).toList()))
                    .orElseGet(() -> new Verification(false, sha256, null, null, null, List.of()));
        }
    }

    @Schema(description = "One signature of an issued document")
    record SignatureView(
            @Schema(description = "The signatory's role in the circuit, e.g. `LEARNER`, `COMPANY_SIGNATORY`")
            String role,
            @Schema(description = "Who signed (a delegate's name when delegated)") String name,
            @Schema(description = "When") Instant signedAt,
            @Schema(description = "`ELECTRONIC` (in the platform) or `PAPER` (scanned copy kept)") String method) {

        static SignatureView of(IssuedDocument.SignedBy signature) {
            return new SignatureView(signature.role().name(), signature.name(), signature.signedAt(),
                    signature.method().name());
        }
    }
}
