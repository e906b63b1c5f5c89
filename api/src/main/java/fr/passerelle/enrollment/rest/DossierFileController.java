package fr.passerelle.enrollment.rest;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.rest.FileExtensions;
import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.enrollment.graphql.EnrollmentView;
import fr.passerelle.enrollment.model.DossierDocument;
import fr.passerelle.enrollment.model.DossierDocumentKind;
import fr.passerelle.enrollment.port.in.DossierUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An enrollment's dossier documents' bytes over REST (GraphQL carries no files). The learner uploads to their own
 * enrollment, its school's admins and admissions to any; the same people download (finance, who read the enrollment
 * for payments, get 403: no need to know identity documents). Anyone else gets 404, as for a missing enrollment. Errors are problem details like every REST endpoint's.
 */
@RestController
@Tag(name = "Enrollment dossier", description = "An enrollment's dossier documents: upload and download")
class DossierFileController {

    private static final String DOCUMENT = "DossierDocument";
    private static final int DATE_LENGTH = 10;

    private final DossierUseCases dossiers;

    DossierFileController(DossierUseCases dossiers) {
        this.dossiers = dossiers;
    }

    @PostMapping(path = "/enrollments/{enrollmentId}/documents/{kind}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a document of an enrollment's dossier",
            description = "multipart/form-data with the part `file` (PDF, PNG or JPEG, recognised by its content, at "
                    + "most 5 MB; anything else is a 415 problem) and, for IDENTITY and GUARDIAN_ID, an optional "
                    + "`expiresOn` (yyyy-MM-dd, the date printed on it). Replaces the current file and sends it back "
                    + "to review; the same bytes again change nothing. The learner (their own enrollment), the "
                    + "school's admins and admissions; 403 for finance, 404 for anyone else.")
    @ApiResponse(responseCode = "200", description = "Uploaded: the document's state, file and version")
    UploadedView upload(@Parameter(description = "The enrollment's global id") @PathVariable String enrollmentId,
                        @Parameter(description = "IDENTITY, LATEST_DIPLOMA, MOTIVATION_LETTER, "
                                + "FRANCE_TRAVAIL_REGISTRATION, TRAINING_ACCOUNT_FILE, OPCO_FUNDING_AGREEMENT, "
                                + "EMPLOYER_COMMITMENT, GUARDIAN_ID or GUARDIAN_CONSENT") @PathVariable String kind,
                        @RequestPart("file") MultipartFile file,
                        @RequestPart(name = "expiresOn", required = false) String expiresOn,
                        HttpServletRequest request) throws IOException {
        // Before reading the bytes: an oversize upload costs a user error, not a 5 MB copy.
        if (file.getSize() > DossierUseCases.MAX_BYTES) {
            throw BusinessRuleViolation.of("file", ErrorCode.OUT_OF_RANGE, "error.dossier.too-large",
                    DossierUseCases.MAX_BYTES / (1024 * 1024));
        }
        DossierDocument uploaded = dossiers.upload(actor(request), GlobalIds.localId(enrollmentId,
                EnrollmentView.TYPE), kind(kind), file.getBytes(), date(expiresOn));
        return new UploadedView(uploaded.kind().name(), uploaded.state().name(), uploaded.file().contentType(),
                uploaded.file().size(), uploaded.file().sha256(), uploaded.expiresOn(), uploaded.version());
    }

    @GetMapping("/enrollments/{enrollmentId}/documents/{kind}")
    @Operation(summary = "Download the current file of a dossier document",
            description = "Served under the type its content proved. The learner (their own enrollment), the "
                    + "school's admins and admissions; 403 for finance; 404 for anyone else and for a missing "
                    + "document.")
    @ApiResponse(responseCode = "200", description = "The file; `Repr-Digest` and the ETag carry its SHA-256")
    ResponseEntity<byte[]> download(@PathVariable String enrollmentId, @PathVariable String kind,
                                    HttpServletRequest request) {
        DossierUseCases.DossierDownload found = dossiers.download(actor(request),
                        GlobalIds.localId(enrollmentId, EnrollmentView.TYPE), kind(kind))
                .orElseThrow(() -> new NotFoundException(DOCUMENT, enrollmentId + "/" + kind));
        DossierDocument document = found.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.kind().name().toLowerCase() + FileExtensions.of(
                                document.file().contentType())).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(document.file().sha256())) + ":")
                .eTag(document.file().sha256())
                .cacheControl(CacheControl.noStore())
                .body(found.content());
    }

    /** The document after upload. */
    record UploadedView(String kind, String state, String contentType, long size, String sha256,
                        LocalDate expiresOn, long version) {
    }

    private static DossierDocumentKind kind(String name) {
        return Arrays.stream(DossierDocumentKind.values()).filter(kind -> kind.name().equals(name)).findFirst()
                .orElseThrow(() -> BusinessRuleViolation.of("kind", ErrorCode.INVALID, "error.dossier.kind"));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == DATE_LENGTH) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // reported below, as any other text that is not a day
        }
        throw BusinessRuleViolation.of("expiresOn", ErrorCode.INVALID, "error.dossier.date-format");
    }

    private static Actor actor(HttpServletRequest request) {
        return (Actor) request.getAttribute(ActorFilter.ATTRIBUTE);
    }
}
