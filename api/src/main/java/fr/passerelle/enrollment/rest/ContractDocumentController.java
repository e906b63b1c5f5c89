package fr.passerelle.enrollment.rest;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.rest.ArchivedFiles;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.graphql.EnrollmentView;
import fr.passerelle.enrollment.port.in.ContractUseCases;
import fr.passerelle.membership.model.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An enrollment's training contract as PDF, with the contract's own authorization: the enrollment's readers (its
 * learner, the school's admins, admissions and finance) and the contract's signatories (the company's representative
 * by their verified e-mail); anyone else gets 404 as for a missing one.
 */
@RestController
@Tag(name = "Enrollment contract", description = "An enrollment's training contract: its PDF")
class ContractDocumentController {

    private final ContractUseCases contracts;
    private final DownloadLinks links;

    ContractDocumentController(ContractUseCases contracts, DownloadLinks links) {
        this.contracts = contracts;
        this.links = links;
    }

    @GetMapping("/enrollments/{enrollmentId}/contract/document")
    @Operation(summary = "Download an enrollment's training contract: the signed original once signed, else as sent",
            description = "Without `version`: once every party signed, the signed original (the version signed, a "
                    + "signature page and the platform's PAdES seal), before that the current version as sent. With "
                    + "`version`: that version exactly as sent, whose SHA-256 the signatures record (a re-sent "
                    + "contract keeps its earlier versions). 404 for a contract you may not read, or none sent yet.")
    @ApiResponse(responseCode = "200", description = "The PDF; `Repr-Digest` (RFC 9530) and the ETag carry its "
            + "SHA-256", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> contract(@PathVariable String enrollmentId,
                                    @Parameter(description = "A version sent (1, 2…); the current one when left out")
                                    @RequestParam(required = false) Integer version, HttpServletRequest request) {
        String localId = GlobalIds.localId(enrollmentId, EnrollmentView.TYPE);
        String path = TrainingContract.documentPath(localId) + (version == null ? "" : "?version=" + version);
        Actor reader = links.readerOf(request, path, "Document");
        return ArchivedFiles.download(contracts.document(reader, localId, version));
    }
}
