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
        if (report == null || figures == null) {
            return new CheckView(errors, false, null, List.of(), null, threshold, null, null, List.of(), List.of(),
                    List.of());
        }
        return new CheckView(errors, true, report.blocking(), report.findings(), PresenceView.of(report.presence()),
                threshold, figures.gratificationThresholdDay(),
                figures.years().stream().anyMatch(DraftFigures.Year::gratificationMandatory),
                report.gratificationSchedule().stream().map(MonthView::of).toList(),
                figures.years().stream().map(YearView::of).toList(),
                check.gratificationsMadeDue().stream().map(view).toList());
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
