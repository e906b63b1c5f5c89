package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.graphql.Mutations;
import fr.passerelle.api.graphql.UserErrorView;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.crm.port.in.ContactImports;
import fr.passerelle.crm.service.CrmAccess;
import fr.passerelle.learner.rest.RosterFileException;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.school.graphql.SchoolView;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.validation.ErrorCode;
import graphql.GraphQLContext;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The contacts file import: {@link ContactCsv} reads the file, {@link ContactImports} checks and creates each row. */
@Controller
class ContactImportController {

    private static final List<String> CSV_FIELD = List.of("input", "csv");

    private final ContactImports imports;

    ContactImportController(ContactImports imports) {
        this.imports = imports;
    }

    /** {@code ContactsImportInput}. */
    record ImportInput(String csv) {
    }

    /** {@code ContactsImportPayload}. */
    record ImportPayload(List<UserErrorView> userErrors, ReportView report) {
    }

    /** {@code ContactImportReport}. */
    record ReportView(int rows, List<String> createdIds, List<ExistingView> existing, List<RejectionView> rejections) {

        static ReportView of(ContactImports.Report report, Language language) {
            return new ReportView(report.rows(), report.createdIds().stream().map(ReportView::global).toList(),
                    report.existing().stream().map(e -> new ExistingView(e.line(), global(e.contactId()))).toList(),
                    report.rejections().stream().map(r -> new RejectionView(r.line(), r.problems().stream()
                            .map(p -> new ProblemView(p.column(), Bundles.render(p.message(), language)))
                            .toList())).toList());
        }

        private static String global(String contactId) {
            return GlobalIds.encode(ContactView.TYPE, contactId);
        }
    }

    /** {@code ContactImportExisting}. */
    record ExistingView(int line, String contactId) {
    }

    /** {@code ContactImportRejection}. */
    record RejectionView(int line, List<ProblemView> problems) {
    }

    /** {@code ContactImportProblem}. */
    record ProblemView(String column, String message) {
    }

    @MutationMapping
    ImportPayload contactsImport(@Argument String schoolId, @Argument ImportInput input, @ContextValue Actor actor,
                                 GraphQLContext context) {
        String school = GlobalIds.localId(schoolId, SchoolView.TYPE);
        // Before reading the file: someone who may not work this school's CRM learns nothing, not even its errors.
        CrmAccess.requireWork(actor, school);
        List<ContactImports.Row> rows;
        try {
            rows = ContactCsv.read(input.csv());
        } catch (RosterFileException refused) {
            ErrorCode code = switch (refused.reason()) {
                case TOO_LARGE, TOO_MANY_ROWS -> ErrorCode.OUT_OF_RANGE;
                case NOT_UTF8, INVALID -> ErrorCode.INVALID;
            };
            return new ImportPayload(refused.problems().stream()
                    .map(problem -> new UserErrorView(problem.message(), CSV_FIELD, code)).toList(), null);
        }
        Language language = ReaderLanguages.in(context);
        return Mutations.run(() -> imports.importRows(actor, school, rows),
                (errors, report) -> new ImportPayload(errors, report == null ? null : ReportView.of(report, language)));
    }
}
