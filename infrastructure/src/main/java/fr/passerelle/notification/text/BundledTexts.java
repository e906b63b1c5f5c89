package fr.passerelle.notification.text;

import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.Texts;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Templates from {@code i18n/messages*.properties} (UTF-8): {@code <template>.title} and {@code <template>.body}
 * with {@code {name}} placeholders. The base bundle is French; other languages fall back to it, never to the JVM's
 * default locale. A placeholder without a value is an error, so a message never goes out half-filled.
 */
@Component
class BundledTexts implements Texts {

    private static final String BUNDLE = "i18n/messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public Text render(String template, Locale locale, Map<String, String> parameters) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        try {
            return new Text(fill(bundle.getString(template + ".title"), parameters),
                    fill(bundle.getString(template + ".body"), parameters));
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text template named '" + template + "'", e);
        }
    }

    private static String fill(String pattern, Map<String, String> parameters) {
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = parameters.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + placeholder.group(1) + "}");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }
}
