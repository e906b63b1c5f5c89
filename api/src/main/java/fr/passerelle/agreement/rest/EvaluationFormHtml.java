package fr.passerelle.agreement.rest;

import fr.passerelle.agreement.model.ObjectiveRating.Level;
import fr.passerelle.agreement.port.in.FollowUpUseCases.EvaluationForm;
import fr.passerelle.shared.i18n.Language;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.web.util.HtmlUtils;

/**
 * The tutor's evaluation form as an HTML page, in the reader's language: no script, one stylesheet of this origin,
 * a label for every control, radio groups in fieldsets, errors listed first and linked to their control. Every text
 * comes from the {@code evaluation-form/messages} bundle; every value shown is escaped.
 */
final class EvaluationFormHtml {

    /** What the tutor sent, to show again beside the errors. */
    record Entered(Map<Integer, Level> levels, Map<Integer, String> notes, String comment, boolean cosign) {

        static Entered nothing() {
            return new Entered(Map.of(), Map.of(), null, false);
        }
    }

    private final Language language;
    private final ResourceBundle texts;

    EvaluationFormHtml(Language language) {
        this.language = language;
        this.texts = ResourceBundle.getBundle("evaluation-form/messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String form(EvaluationForm form, Entered entered, List<String> errors) {
        var html = new StringBuilder();
        html.append("<h1>").append(text("title." + form.kind().name())).append("</h1>\n<p>")
                .append(text("context", form.learnerName(), form.companyName(), form.schoolName(), date(form.start()),
                        date(form.end())))
                .append("<br>").append(text("tutor", form.tutorName())).append("</p>\n<p><strong>")
                .append(text("due", date(form.dueOn()))).append("</strong></p>\n");
        if (!errors.isEmpty()) {
            html.append("<div class=\"errors\" role=\"alert\" tabindex=\"-1\"><h2>").append(text("errors.title"))
                    .append("</h2><ul>");
            errors.forEach(error -> html.append("<li>").append(error).append("</li>"));
            html.append("</ul></div>\n");
        }
        html.append("<form method=\"post\" accept-charset=\"UTF-8\">\n<h2>").append(text("objectives")).append("</h2>\n");
        if (form.objectives().isEmpty()) {
            html.append("<p>").append(text("no.objectives")).append("</p>\n");
        }
        for (int i = 0; i < form.objectives().size(); i++) {
            objective(html, i, form.objectives().get(i).text(), entered);
        }
        if (form.reportSummary() != null) {
            html.append("<h2>").append(text("report")).append("</h2>\n<blockquote>").append(escape(form.reportSummary()))
                    .append("</blockquote>\n<div class=\"check\"><label><input type=\"checkbox\" name=\"cosignReport\"")
                    .append(" value=\"true\"").append(entered.cosign() ? " checked" : "").append("> ")
                    .append(text("report.cosign")).append("</label></div>\n");
        }
        html.append("<label class=\"text\" for=\"comment\">").append(text("comment")).append("</label>\n")
                .append("<textarea id=\"comment\" name=\"comment\" rows=\"5\">").append(escape(entered.comment()))
                .append("</textarea>\n<button type=\"submit\">").append(text("submit")).append("</button>\n")
                .append("<p class=\"hint\">").append(text("single.use")).append("</p>\n</form>\n");
        return page(text("title." + form.kind().name()), html.toString());
    }

    /** The error shown when an objective has no level: it links to the objective's first choice. */
    String missingLevel(int index, String objective) {
        return "<a href=\"#level-" + index + "-" + Level.values()[0].name() + "\">"
                + text("errors.rating", objective) + "</a>";
    }

    String done(EvaluationForm form) {
        return page(text("done.title"), "<h1>" + text("done.title") + "</h1>\n<p role=\"status\">"
                + text("done.body", form.learnerName()) + "</p>\n");
    }

    String gone() {
        return page(text("gone.title"), "<h1>" + text("gone.title") + "</h1>\n<p>" + text("gone.body") + "</p>\n");
    }

    private void objective(StringBuilder html, int index, String objective, Entered entered) {
        html.append("<fieldset>\n<legend>").append(escape(objective)).append("</legend>\n<div class=\"levels\">\n");
        for (Level level : Level.values()) {
            String id = "level-" + index + "-" + level.name();
            html.append("<label for=\"").append(id).append("\"><input type=\"radio\" id=\"").append(id)
                    .append("\" name=\"level-").append(index).append("\" value=\"").append(level.name()).append('"')
                    .append(level == entered.levels().get(index) ? " checked" : "").append(" required> ")
                    .append(text("level." + level.name())).append("</label>\n");
        }
        html.append("</div>\n<label class=\"text\" for=\"note-").append(index).append("\">").append(text("objective.note"))
                .append("</label>\n<textarea id=\"note-").append(index).append("\" name=\"note-").append(index)
                .append("\" rows=\"2\">").append(escape(entered.notes().get(index))).append("</textarea>\n</fieldset>\n");
    }

    private String page(String title, String main) {
        return "<!doctype html>\n<html lang=\"" + language.locale().getLanguage() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"same-origin\">\n<title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + EvaluationFormPage.STYLESHEET + "\">\n</head>\n<body>\n<main>\n"
                + main + "</main>\n</body>\n</html>\n";
    }

    /** A text of the bundle (trusted markup-free text, a MessageFormat pattern), its arguments escaped. */
    private String text(String key, Object... arguments) {
        Object[] escaped = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            escaped[i] = arguments[i] instanceof String s ? escape(s) : arguments[i];
        }
        return new MessageFormat(texts.getString(key), language.locale()).format(escaped);
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
