package fr.passerelle.learner.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.rest.RosterCsv;
import fr.passerelle.learner.rest.RosterFileException;
import fr.passerelle.learner.rest.RosterImportReportView;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.validation.ErrorCode;
import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The student file import over GraphQL, for small files (request bodies are bounded): the same reader as the REST
 * upload ({@link RosterCsv}), whose file-level refusals become user errors on {@code ["input", "csv"]}.
 */
@Controller
class RosterImportController {

    private static final String SCHOOL = "School";
    private static final List<String> CSV_FIELD = List.of("input", "csv");

    private final RosterImports imports;
    private final RosterCsv csv;

    RosterImportController(RosterImports imports, RosterCsv csv) {
        this.imports = imports;
        this.csv = csv;
    }

    /** @param csv the file's text */
    record SchoolStudentsImportInput(String csv) {
    }

    /** Payload of {@code schoolStudentsImport}. */
    record SchoolStudentsImportPayload(List<UserErrorView> userErrors, RosterImportReportView report) {
    }

    @MutationMapping
    SchoolStudentsImportPayload schoolStudentsImport(@Argument String id, @Argument SchoolStudentsImportInput input,
                                                     @ContextValue Actor actor, GraphQLContext context) {
        String schoolId = GlobalIds.localId(id, SCHOOL);
        List<RosterRow> rows;
        try {
            rows = csv.read(input.csv());
        } catch (RosterFileException refused) {
            ErrorCode code = switch (refused.reason()) {
                case TOO_LARGE, TOO_MANY_ROWS -> ErrorCode.OUT_OF_RANGE;
                case NOT_UTF8, INVALID -> ErrorCode.INVALID;
            };
            return new SchoolStudentsImportPayload(refused.problems().stream()
                    .map(problem -> new UserErrorView(problem.message(), CSV_FIELD, code)).toList(), null);
        }
        return Mutations.run(() -> imports.importRoster(actor, schoolId, rows),
                (errors, report) -> new SchoolStudentsImportPayload(errors,
                        report == null ? null : RosterImportReportView.of(report, ReaderLanguages.in(context))));
    }
}
