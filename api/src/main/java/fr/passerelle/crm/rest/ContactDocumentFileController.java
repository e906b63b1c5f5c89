package fr.passerelle.crm.rest;

import fr.passerelle.api.rest.FileExtensions;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.port.in.ContactDocumentUseCases;
import fr.passerelle.crm.port.in.ContactDocumentUseCases.DocumentFile;
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
 * A contact's documents' bytes over REST (GraphQL carries no files), with the CRM's own authorization: whoever reads
 * the contact's CRM downloads (finance only the commercial documents: quotes, invoices, agreements), whoever works it
 * uploads; anyone else gets 404, as for a missing contact.
 */
@RestController
@Tag(name = "CRM", description = "Contacts' documents")
class ContactDocumentFileController {

    private static final String CONTACT = "Contact";
    private static final String DOCUMENT = "ContactDocument";

    private final ContactDocumentUseCases documents;
    private final DownloadLinks links;

    ContactDocumentFileController(ContactDocumentUseCases documents, DownloadLinks links) {
        this.documents = documents;
        this.links = links;
    }

    @PostMapping(path = "/crm/contacts/{contactId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File a document on a contact",
            description = "multipart/form-data with parts `type` (QUOTE, INVOICE, TRAINING_AGREEMENT, ID_PROOF, "
                    + "FUNDER_AGREEMENT, OTHER), `title` (at most 200 characters) and `file` (PDF, PNG or JPEG, "
                    + "recognised by its content, at most 5 MB; anything else is a 415 problem). School admins and "
                    + "admissions advisors of the contact's school (403 for finance, 404 for anyone else).")
    @ApiResponse(responseCode = "200", description = "Filed: the document's id and version")
    UploadedView upload(@Parameter(description = "The contact's global id") @PathVariable String contactId,
                        @RequestPart("type") String type, @RequestPart("title") String title,
                        @RequestPart("file") MultipartFile file, HttpServletRequest request) throws IOException {
        if (file.getSize() > ContactDocumentUseCases.MAX_BYTES) {
            throw BusinessRuleViolation.of("file", ErrorCode.OUT_OF_RANGE, "error.contact-document.too-large",
                    ContactDocumentUseCases.MAX_BYTES / (1024 * 1024));
        }
        ContactDocument filed = documents.upload(actor(request), GlobalIds.localId(contactId, CONTACT),
                type(type), title, file.getBytes());
        return new UploadedView(GlobalIds.encode(DOCUMENT, filed.id()), filed.contentType(), filed.size(),
                filed.sha256(), filed.version());
    }

    @GetMapping("/crm/contact-documents/{documentId}/file")
    @Operation(summary = "Download a contact's document",
            description = "Served under the type its content proved. 404 for a document you may not read (finance "
                    + "reads only quotes, invoices and agreements). Without "
                    + "a bearer token, a signed link (GraphQL `ContactDocument.downloadLink`) opens it.")
    @ApiResponse(responseCode = "200", description = "The file; `Repr-Digest` and the ETag carry its SHA-256")
    ResponseEntity<byte[]> download(@PathVariable String documentId, HttpServletRequest request) {
        Actor reader = reader(request, "/crm/contact-documents/" + documentId + "/file");
        DocumentFile file = documents.download(reader, GlobalIds.localId(documentId, DOCUMENT))
                .orElseThrow(() -> new NotFoundException(DOCUMENT, documentId));
        ContactDocument document = file.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.id() + FileExtensions.of(document.contentType())).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
                .eTag(document.sha256())
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }

    /** The document after upload. */
    record UploadedView(String id, String contentType, long size, String sha256, long version) {
    }

    private static ContactDocumentType type(String name) {
        return Arrays.stream(ContactDocumentType.values()).filter(type -> type.name().equals(name)).findFirst()
                .orElseThrow(() -> BusinessRuleViolation.of("type", ErrorCode.INVALID, "error.contact-document.type"));
    }

    private static Actor actor(HttpServletRequest request) {
        return (Actor) request.getAttribute(ActorFilter.ATTRIBUTE);
    }

    private Actor reader(HttpServletRequest request, String path) {
        return links.readerOf(request, path, DOCUMENT);
    }
}
