package fr.passerelle.testing;

import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.Texts;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link Texts} rendering deterministically: the title is {@code template|name=value|…} (parameters sorted by name)
 * and the body the same prefixed with the language ({@code fr|template|…}), so tests see which template was used,
 * with which values, in which language. Like the real templates it refuses an unknown name: the names are those of
 * the infrastructure's {@code i18n/messages.properties}.
 */
public class FakeTexts implements Texts {

    /** One per notification kind (infrastructure's BundledTextsTest checks the bundle has them all) and the mails. */
    private static final Set<String> TEMPLATES = Stream.concat(
            Arrays.stream(NotificationKind.values()).map(kind -> kind.name().toLowerCase(Locale.ROOT)),
            Stream.of("invitation", "invitation_reminder", "evaluation_link", "evaluation_reminder"))
            .collect(Collectors.toUnmodifiableSet());

    private final Set<String> known;

    /** The templates of the infrastructure's bundle, no more. */
    public FakeTexts() {
        this.known = TEMPLATES;
    }

    private FakeTexts(Set<String> known) {
        this.known = known;
    }

    /**
     * The bundle's templates and these, for a use case whose templates the bundle does not hold yet: its own logic
     * can be tested while a test with {@code new FakeTexts()} shows the gap.
     */
    public static FakeTexts alsoKnowing(String... templates) {
        Set<String> known = new HashSet<>(TEMPLATES);
        known.addAll(Set.of(templates));
        return new FakeTexts(Set.copyOf(known));
    }

    /** The title {@link #render} gives. */
    public static String title(String template, Map<String, String> parameters) {
        StringBuilder rendered = new StringBuilder(template);
        new TreeMap<>(parameters).forEach((name, value) -> rendered.append('|').append(name).append('=').append(value));
        return rendered.toString();
    }

    @Override
    public Text render(String template, Locale locale, Map<String, String> parameters) {
        if (!known.contains(template)) {
            throw new IllegalArgumentException("no text template named '" + template + "'");
        }
        String title = title(template, parameters);
        return new Text(title, locale.toLanguageTag() + "|" + title);
    }
}
