package fr.passerelle.notification.port.out;

import fr.passerelle.notification.model.Text;
import java.util.Locale;
import java.util.Map;

/** Localised message templates (French first). */
public interface Texts {

    /**
     * @param template   the template's name, e.g. {@code company_verified}
     * @param parameters the values its placeholders name
     * @throws IllegalArgumentException for an unknown template
     */
    Text render(String template, Locale locale, Map<String, String> parameters);
}
