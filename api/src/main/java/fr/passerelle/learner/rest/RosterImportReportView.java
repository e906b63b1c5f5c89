package fr.passerelle.learner.rest;

import fr.passerelle.learner.port.in.RosterImportReport;
import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import java.util.List;

/**
 * What an import did, as both the REST endpoint (JSON) and the GraphQL mutation ({@code RosterImportReport}) show
 * it: counts first, then the external student ids of each outcome and every rejected row with its reasons.
 *
 * @param rows data rows read (blank rows are not counted)
 * @param created learners created
 * @param updated learners whose data changed
 * @param unchanged learners already up to date
 * @param rejected rows refused: they changed nothing
 */
public record RosterImportReportView(int rows, int created, int updated, int unchanged, int rejected,
                                     List<String> createdExternalIds, List<String> updatedExternalIds,
                                     List<String> unchangedExternalIds, List<RejectionView> rejections) {

    /** A rejected row: its line in the file, its external id when readable, and every problem found. */
    public record RejectionView(int line, String externalStudentId, List<ProblemView> problems) {
    }

    /** One problem of a row: the column it concerns (null for the whole row) and what to fix. */
    public record ProblemView(String column, String message) {
    }

    /** @param language the reader's, in which each problem is written */
    public static RosterImportReportView of(RosterImportReport report, Language language) {
        List<RejectionView> rejections = report.rejected().stream()
                .map(r -> new RejectionView(r.line(), r.externalStudentId(), r.problems().stream()
                        .map(p -> new ProblemView(p.column(), Bundles.render(p.message(), language))).toList()))
                .toList();
        int rows = report.created().size() + report.updated().size() + report.unchanged().size() + rejections.size();
        return new RosterImportReportView(rows, report.created().size(), report.updated().size(),
                report.unchanged().size(), rejections.size(), report.created(), report.updated(), report.unchanged(),
                rejections);
    }
}
