package fr.passerelle.agreement.rest;

import fr.passerelle.agreement.graphql.AgreementView;
import fr.passerelle.agreement.graphql.DocumentUrls;
import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.agreement.port.in.DocumentVerificationUseCases;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.rest.ArchivedFiles;
import fr.passerelle.api.rest.OpenApiDescription;
import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.membership.model.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An agreement's files over REST, with the agreement's own authorization: whoever reads the agreement downloads its
 * documents, anyone else gets 404 as for a missing one. Each download says its SHA-256 ({@code Repr-Digest}, RFC
 * 9530, and the ETag), the hash recorded in the signatures.
 */
@RestController
@Tag(name = "Internship agreements", description = "Agreement documents, scans and certificates")
class AgreementDocumentController {

    private static final String PDF = MediaType.APPLICATION_PDF_VALUE;
    private static final String SIGNED_LINK = " Without a bearer token, a signed download link (GraphQL "
            + "`documentLink`, `scanLink`) opens it: its `link` parameter must be valid for this very document, "
            + "else 404.";
    private static final String LINK_PARAMETER = "A signed download link's token, instead of a bearer token";
    private static final String HASH_HEADERS = "; `Repr-Digest` (RFC 9530) and the ETag carry its SHA-256";

    private final AgreementUseCases agreements;
    private final FollowUpUseCases followUps;
    private final DownloadLinks links;
    private final DocumentVerificationUseCases originals;

    AgreementDocumentController(AgreementUseCases agreements, FollowUpUseCases followUps, DownloadLinks links,
                                DocumentVerificationUseCases originals) {
        this.agreements = agreements;
        this.followUps = followUps;
        this.links = links;
        this.originals = originals;
    }

    @GetMapping("/agreements/{agreementId}/document")
    @Operation(summary = "Download an agreement's PDF: the signed original once signed, else as sent for signature",
            description = "Without `version`: once every party signed, the signed original (the version signed, a "
                    + "signature page and the platform's PAdES seal; see `POST /document-verifications`), before that "
                    + "the current version as sent. With `version`: that version exactly as sent, whose SHA-256 the "
                    + "signatures record. 404 for an agreement you may not read, or one not sent yet." + SIGNED_LINK)
    @ApiResponse(responseCode = "200", description = "The PDF" + HASH_HEADERS, content = @Content(
            mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @Parameter(name = DownloadLinks.PARAMETER, in = ParameterIn.QUERY, description = LINK_PARAMETER,
            schema = @Schema(type = "string"))
    ResponseEntity<byte[]> agreement(@PathVariable String agreementId,
                                     @Parameter(description = "A version sent earlier (1, 2…); the current one when "
                                             + "left out") @RequestParam(required = false) Integer version,
                                     HttpServletRequest request) {
        String path = DocumentUrls.agreement(agreementId) + (version == null ? "" : "?version=" + version);
        Actor reader = reader(request, path);
        String id = localId(agreementId);
        return file(version == null
                ? originals.signedOriginal(reader, id, null).or(() -> agreements.document(reader, id, null))
                : agreements.document(reader, id, version));
    }

    @GetMapping("/agreements/{agreementId}/amendments/{number}/document")
    @Operation(summary = "Download an amendment's PDF",
            description = "Amendments are numbered from 1. 404 for an agreement you may not read, or an amendment "
                    + "it does not have." + SIGNED_LINK)
    @ApiResponse(responseCode = "200", description = "The PDF" + HASH_HEADERS, content = @Content(
            mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @Parameter(name = DownloadLinks.PARAMETER, in = ParameterIn.QUERY, description = LINK_PARAMETER,
            schema = @Schema(type = "string"))
    ResponseEntity<byte[]> amendment(@PathVariable String agreementId, @PathVariable int number,
                                     HttpServletRequest request) {
        return file(agreements.amendmentDocument(reader(request, DocumentUrls.amendment(agreementId, number)),
                localId(agreementId), number));
    }

    @GetMapping("/agreements/{agreementId}/scans/{scanSha256}")
    @Operation(summary = "Download the scanned copy of a paper signature, by its SHA-256",
            description = "Served under the type its content showed when recorded: PDF, PNG or JPEG. 404 for an "
                    + "agreement you may not read, or a scan it does not have." + SIGNED_LINK)
    @ApiResponse(responseCode = "200", description = "The scan" + HASH_HEADERS, content = {
            @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    @Parameter(name = DownloadLinks.PARAMETER, in = ParameterIn.QUERY, description = LINK_PARAMETER,
            schema = @Schema(type = "string"))
    ResponseEntity<byte[]> scan(@PathVariable String agreementId, @PathVariable String scanSha256,
                                HttpServletRequest request) {
        return file(agreements.scan(reader(request, DocumentUrls.scan(agreementId, scanSha256)), localId(agreementId),
                scanSha256));
    }

    @GetMapping("/agreements/{agreementId}/attestation")
    @Operation(summary = "Download the internship certificate (attestation de stage)",
            description = "Once issued. 404 for an agreement you may not read, or no certificate yet." + SIGNED_LINK)
    @ApiResponse(responseCode = "200", description = "The PDF" + HASH_HEADERS, content = @Content(
            mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    @Parameter(name = DownloadLinks.PARAMETER, in = ParameterIn.QUERY, description = LINK_PARAMETER,
            schema = @Schema(type = "string"))
    ResponseEntity<byte[]> attestation(@PathVariable String agreementId, HttpServletRequest request) {
        return file(followUps.attestation(reader(request, DocumentUrls.attestation(agreementId)),
                localId(agreementId)));
    }

    @PostMapping(path = "/agreements/{agreementId}/paper-signatures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a signature done on paper, with the scanned copy",
            description = "multipart/form-data with parts `signatoryId`, optional `amendmentId`, and `file` (the "
                    + "scan: PDF, JPEG or PNG, recognised by its content whatever its declared type; anything else "
                    + "is a 415 problem). The school's staff of the agreement only (403 for other readers, 404 "
                    + "for anyone else). The signature signs the version out for signature, in the circuit's order; "
                    + "business rules refused are a 422 problem with `errors`.")
    @ApiResponse(responseCode = "200", description = "Recorded: the agreement's status and version after it")
    @ApiResponse(responseCode = "403", description = "You read the agreement but do not act for its school",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "413", description = "The scan is larger than allowed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "415", description = "The scan is not a PDF, PNG or JPEG file, or the request is not "
            + "multipart", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "A business rule refused the signature (see `errors`)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    PaperSignatureView paperSignature(@PathVariable String agreementId,
                                      @Parameter(description = "The signatory's id in the circuit, e.g. "
                                              + "`company_signatory`") @RequestPart("signatoryId") String signatoryId,
                                      @Parameter(description = "The amendment signed, when not the agreement itself")
                                      @RequestPart(name = "amendmentId", required = false) String amendmentId,
                                      @Parameter(description = "The scan: PDF, JPEG or PNG")
                                      @RequestPart("file") MultipartFile file, HttpServletRequest request)
            throws IOException {
        Agreement signed = agreements.recordPaperSignature(actor(request), localId(agreementId), amendmentId,
                signatoryId, file.getBytes());
        return new PaperSignatureView(GlobalIds.encode(AgreementView.TYPE, signed.id()), signed.status().name(),
                signed.version());
    }

    /** The agreement after the signature was recorded. */
    record PaperSignatureView(String agreementId, String status, long version) {
    }

    private static ResponseEntity<byte[]> file(Optional<ArchivedDocument> found) {
        return ArchivedFiles.download(found);
    }

    private static Actor actor(HttpServletRequest request) {
        return (Actor) request.getAttribute(ActorFilter.ATTRIBUTE);
    }

    private Actor reader(HttpServletRequest request, String path) {
        return links.readerOf(request, path, "Document");
    }

    private static String localId(String globalId) {
        return GlobalIds.localId(globalId, AgreementView.TYPE);
    }
}
