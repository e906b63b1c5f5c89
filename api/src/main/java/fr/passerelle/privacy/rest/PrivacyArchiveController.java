package fr.passerelle.privacy.rest;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.web.DownloadLinks;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.port.in.DataSubjectRequestUseCases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access and portability archive, for the person the request is about: signed in, or through the signed link
 * GraphQL {@code archiveLink} gave them. Built at download from what every privacy provider holds at that moment;
 * never cached by the browser or a proxy. Anyone else, and any link altered, expired or made for another request,
 * gets 404 as for a missing request.
 */
@RestController
@Tag(name = "Privacy", description = "Data-subject requests (GDPR)")
public class PrivacyArchiveController {

    private static final String ZIP = "application/zip";
    private static final String PREFIX = "/privacy/requests/";

    private final DataSubjectRequestUseCases requests;
    private final DownloadLinks links;

    PrivacyArchiveController(DataSubjectRequestUseCases requests, DownloadLinks links) {
        this.requests = requests;
        this.links = links;
    }

    /** The archive's address, relative to the API's root, for a request's local id. */
    public static String path(String requestLocalId) {
        return PREFIX + GlobalIds.encode("DataSubjectRequest", requestLocalId) + "/archive";
    }

    /** Whether a path is an archive download (which a signed link may open without a bearer token). */
    public static boolean isArchive(String path) {
        return path.startsWith(PREFIX) && path.endsWith("/archive");
    }

    @GetMapping(path = PREFIX + "{requestId}/archive", produces = ZIP)
    @Operation(summary = "Download everything the platform holds about you (access or portability request)",
            description = "A zip with each part twice: JSON and CSV (UTF-8). The person the request is about only; "
                    + "404 for anyone else. Without a bearer token, the signed link of GraphQL `archiveLink` opens it.")
    @ApiResponse(responseCode = "200", description = "The archive", content = @Content(mediaType = ZIP,
            schema = @Schema(type = "string", format = "binary")))
    @Parameter(name = DownloadLinks.PARAMETER, in = ParameterIn.QUERY,
            description = "A signed download link's token, instead of a bearer token", schema = @Schema(type = "string"))
    ResponseEntity<byte[]> archive(@PathVariable String requestId, HttpServletRequest request) {
        String localId = GlobalIds.localId(requestId, "DataSubjectRequest");
        byte[] zip = requests.archive(reader(request, path(localId)), localId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("passerelle-data.zip").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(zip);
    }

    private Actor reader(HttpServletRequest request, String path) {
        return links.readerOf(request, path, "DataSubjectRequest");
    }
}
