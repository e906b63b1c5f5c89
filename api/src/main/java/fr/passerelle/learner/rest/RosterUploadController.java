package fr.passerelle.learner.rest;

import fr.passerelle.api.security.RequiresScope;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.rest.OpenApiDescription;
import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.rest.RosterFileException.Reason;
import fr.passerelle.membership.model.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import of a school's students from a CSV file, over REST because it is a file upload: the file is read as
 * a stream, a buffer at a time, checked as a whole by {@link RosterCsv}, then handed to {@link RosterImports},
 * which decides who may import and reports row by row. Errors are answered by {@link RosterImportProblems}.
 */
@RestController
@Tag(name = "Students", description = "A school's students")
class RosterUploadController {

    private static final String SCHOOL = "School";

    private final RosterImports imports;
    private final RosterCsv csv;
    private final ReaderLanguages languages;

    RosterUploadController(RosterImports imports, RosterCsv csv, ReaderLanguages languages) {
        this.imports = imports;
        this.csv = csv;
        this.languages = languages;
    }

    @PostMapping(path = "/schools/{schoolId}/students/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(PartnerScope.ROSTER_WRITE)
    @Operation(summary = "Import a school's students from a CSV file",
            description = """
                    Creates or updates the school's learners from a CSV file sent as multipart/form-data in the part \
                    `file`, matching rows on `external_id`: importing the same file again changes nothing. School \
                    admins of that school and platform admins only; anyone else gets 404, as for a missing school.

                    The file: UTF-8 (a byte order mark is allowed), comma- or semicolon-separated, a header row \
                    naming the columns in any order. Required columns: external_id, first_name, last_name, email. \
                    Optional: phone, birth_date (YYYY-MM-DD), learner_type (FIRST_TIME_JOB_SEEKER, CAREER_CHANGER, \
                    STUDENT, JOB_SEEKER, EMPLOYEE; default STUDENT), program_code, graduation_year, specialisations \
                    (separated by semicolons inside the cell). At most 10,000 rows.

                    A file refused as a whole (not UTF-8, too large, too many rows, unknown, missing or duplicate \
                    columns, broken quoting, a cell starting with =, +, -, @, a tab or a carriage return, except a \
                    phone number such as +33 6 12 34 56 78) imports nothing and is answered with a problem \
                    (RFC 9457) listing every problem with its line and column. Otherwise the answer is 200 with the \
                    report: rows that break a rule are rejected with their reasons and change nothing; the others \
                    are applied.""",
            requestBody = @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(type = "object", requiredProperties = "file"),
                    schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string",
                            format = "binary", description = "The CSV file (UTF-8, at most 5MB by default)")))))
    @ApiResponse(responseCode = "200", description = "The file was read; the report says what each row did")
    @ApiResponse(responseCode = "400", description = "The file was refused as a whole (see `errors`), or no part `file`",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", description = "No valid bearer token", content = @Content)
    @ApiResponse(responseCode = "403", description = "You see the school but may not import into it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", description = "No such school, or you may not see it",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "413", description = "The file is larger than passerelle.import.max-file-size "
            + "(5MB by default) or holds more than 10,000 rows",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "415", description = "The file is not UTF-8 text, or the request is not multipart",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "A business rule refused the import as a whole",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(ref = OpenApiDescription.PROBLEM_SCHEMA)))
    RosterImportReportView importStudents(
            @Parameter(description = "The school's global id (as GraphQL returns it)") @PathVariable String schoolId,
            @Parameter(hidden = true) @RequestPart("file") MultipartFile file,
            HttpServletRequest request) throws IOException {
        Actor actor = (Actor) request.getAttribute(ActorFilter.ATTRIBUTE);
        String localId = GlobalIds.localId(schoolId, SCHOOL);
        if (file.getSize() > csv.maxBytes()) {
            throw RosterFileException.of(Reason.TOO_LARGE, null, null, "error.roster.file.too-large",
                    csv.sizeLabel());
        }
        List<RosterRow> rows;
        try (InputStream in = file.getInputStream()) {
            rows = csv.read(in);
        }
        return RosterImportReportView.of(imports.importRoster(actor, localId, rows), languages.of(request));
    }
}
