package fr.passerelle.catalog.rest;

import fr.passerelle.api.graphql.ConnectionArguments;
import fr.passerelle.api.graphql.InvalidArgumentException;
import fr.passerelle.catalog.model.Accessibility;
import fr.passerelle.catalog.model.CompetencyBlock;
import fr.passerelle.catalog.model.Modality;
import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.PublishedResults;
import fr.passerelle.catalog.model.OpenSession;
import fr.passerelle.catalog.port.in.PublicCatalogue;
import fr.passerelle.shared.paging.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A school's public catalogue, for its website and the SPA: no token, cacheable. Its published programmes by title,
 * each with its sessions open for enrollment, seats shown as a band ({@link SeatBand}); never a trainer, never a seat
 * holder. A strong ETag (a digest of the body) answers {@code If-None-Match} with 304, and responses may be cached
 * publicly for five minutes: a seat band a few minutes old is what a catalogue page shows anyway.
 */
@RestController
@Tag(name = "Public catalogue", description = "A school's published programmes and open sessions, without a token")
class PublicCatalogueController {

    static final String PATH = "/catalog/{schoolId}";
    private static final String ORDER = "TITLE";
    /** Fewer than the API's pages: every anonymous cache miss reads the page's programmes and their sessions. */
    static final int MAX_FIRST = 50;
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final PublicCatalogue catalogue;
    private final JsonMapper json;

    PublicCatalogueController(PublicCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    /**
     * How full a session is, and no more: an exact count would tell competitors and passers-by a school's fill rate
     * session by session, while a prospect only needs to know whether to hurry. FEW is 3 seats or fewer, or at most a
     * fifth of the capacity.
     */
    enum SeatBand { AVAILABLE, FEW, FULL }

    record CataloguePage(String schoolId, List<ProgrammeEntry> programmes, String nextCursor) {
    }

    record ProgrammeEntry(String id, String title, String certificationCode, Integer level, String certifyingBody,
                          String objectives, List<CompetencyBlock> competencyBlocks, String prerequisites,
                          Integer durationHours, List<Modality> modalities, PriceEntry price,
                          Integer accessDelayDays, Accessibility accessibility, String teachingMethods,
                          String assessmentMethods, String contact, PublishedResults results,
                          List<SessionEntry> openSessions) {

        static ProgrammeEntry of(PublicCatalogue.Entry entry) {
            Programme programme = entry.programme();
            ProgrammeDetails d = programme.details();
            return new ProgrammeEntry(programme.id(), d.title(),
                    d.certification() == null ? null : d.certification().value(), d.level(), d.certifyingBody(),
                    d.objectives(), d.competencyBlocks(), d.prerequisites(), d.durationHours(),
                    d.modalities().stream().sorted().toList(), d.price() == null ? null : new PriceEntry(
                            d.price().amount().amountInMinorUnits(), d.price().amount().currency().getCurrencyCode(),
                            d.price().basis(), d.price().groupSize()), d.accessDelayDays(), d.accessibility(),
                    d.teachingMethods(), d.assessmentMethods(), d.contact(), programme.results(),
                    entry.openSessions().stream().map(SessionEntry::of).toList());
        }
    }

    record PriceEntry(long amount, String currency, PriceBasis basis, Integer groupSize) {
    }

    /** A session as the public sees it: dates, the city (not the street) or distance, a seat band. */
    record SessionEntry(String id, LocalDate startOn, LocalDate endOn, boolean distance, String city,
                        String postalCode, SeatBand seats) {

        static SessionEntry of(OpenSession session) {
            var d = session.details();
            int left = session.seatsLeft();
            SeatBand band = left == 0 ? SeatBand.FULL
                    : left <= 3 || left * 5 <= d.capacity() ? SeatBand.FEW : SeatBand.AVAILABLE;
            return new SessionEntry(session.id(), d.dates().start(), d.dates().end(), d.distance(),
                    d.place() == null ? null : d.place().city(), d.place() == null ? null : d.place().postalCode(),
                    band);
        }
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A school's public catalogue",
            description = "Published programmes by title (at most `first`, default 20, at most 50, after the "
                    + "`after` cursor a previous page gave as `nextCursor`), each with its open sessions. No token. "
                    + "Cache-Control public, 5 minutes; send the ETag back as If-None-Match to get 304.")
    @ApiResponse(responseCode = "200", description = "A page of the catalogue")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent")
    @ApiResponse(responseCode = "404", description = "No such school")
    ResponseEntity<byte[]> catalogue(@Parameter(description = "The school's id") @PathVariable String schoolId,
                                     @RequestParam(required = false) Integer first,
                                     @RequestParam(required = false) String after, WebRequest request) {
        ConnectionArguments arguments = new ConnectionArguments(first, after, null, null, ORDER);
        var paging = first != null && first > MAX_FIRST ? null : pagingOrNull(arguments);
        if (paging == null) {
            return ResponseEntity.badRequest().build();
        }
        return catalogue.of(schoolId, paging).map(page -> {
            var connection = arguments.connection(page, ProgrammeEntry::of);
            String next = connection.getPageInfo().isHasNextPage()
                    ? connection.getPageInfo().getEndCursor().getValue() : null;
            byte[] body = json.writeValueAsString(new CataloguePage(schoolId, connection.getEdges().stream()
                    .map(edge -> edge.getNode()).toList(), next)).getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + digest(body) + "\"";
            if (request.checkNotModified(etag)) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).<byte[]>build();
            }
            return ResponseEntity.ok().eTag(etag).cacheControl(CACHE).contentType(MediaType.APPLICATION_JSON)
                    .body(body);
        }).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Paging pagingOrNull(ConnectionArguments arguments) {
        try {
            return arguments.paging();
        } catch (InvalidArgumentException malformed) {
            return null;
        }
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)).substring(0, 32);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
