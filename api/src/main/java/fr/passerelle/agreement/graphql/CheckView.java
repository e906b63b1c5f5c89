package fr.passerelle.agreement.graphql;

import fr.passerelle.agreement.graphql.RulesReportView.MonthView;
import fr.passerelle.agreement.graphql.RulesReportView.PresenceView;
import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.port.in.DraftCheck;
import fr.passerelle.agreement.rules.DraftFigures;
import fr.passerelle.agreement.rules.RuleFinding;
import fr.passerelle.agreement.rules.RulesReport;
import fr.passerelle.api.graphql.UserErrorView;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * GraphQL {@code InternshipAgreementCheck}: a dry run's refusals, findings and figures. The findings are the report's
 * as they are, so a rule added to the engine shows here with no change.
 */
record CheckView(List<UserErrorView> userErrors, boolean checked, Boolean blocking, List<RuleFinding> findings,
                 PresenceView presence, PresenceView gratificationThreshold, LocalDate gratificationThresholdCrossedOn,
                 Boolean gratificationMandatory, List<MonthView> gratificationSchedule, List<YearView> academicYears,
                 List<AgreementView> gratificationsMadeDue) {

    /**
     * @param arguments the query's or mutation's own arguments, whose problems are reported at the top, not under
     *                  {@code input}
     */
    static CheckView of(DraftCheck check, Set<String> arguments, Function<Agreement, AgreementView> view) {
        List<UserErrorView> errors = UserErrorView.of(check.problems(), "input", arguments);
        PresenceView threshold = PresenceView.of(DraftFigures.gratificationThreshold());
        RulesReport report = check.report();
        DraftFigures figures = check.figures();
        List<YearView> years = figures == null ? List.of() : figures.years().stream().map(YearView::of).toList();
        if (report == null) {
            // Refused before the rules: the period's figures when it is well formed, no finding.
            return new CheckView(errors, false, null, List.of(),
                    figures == null ? null : PresenceView.of(figures.presence()), threshold,
                    figures == null ? null : figures.gratificationThresholdDay(),
                    figures == null ? null : mandatory(figures), List.of(), years, List.of());
        }
        return new CheckView(errors, true, report.blocking(), report.findings(), PresenceView.of(report.presence()),
                threshold, figures.gratificationThresholdDay(), mandatory(figures),
                report.gratificationSchedule().stream().map(MonthView::of).toList(), years,
                check.gratificationsMadeDue().stream().map(view).toList());
    }

    private static boolean mandatory(DraftFigures figures) {
        return figures.years().stream().anyMatch(DraftFigures.Year::gratificationMandatory);
    }

    /** GraphQL {@code AgreementAcademicYear}. */
    record YearView(String year, PresenceView presence, PresenceView cap, boolean overCap,
                    boolean gratificationMandatory) {

        static YearView of(DraftFigures.Year year) {
            return new YearView(year.year().toString(), PresenceView.of(year.presence()), PresenceView.of(year.cap()),
                    year.overCap(), year.gratificationMandatory());
        }
    }
}
