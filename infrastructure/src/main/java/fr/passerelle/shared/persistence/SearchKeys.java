package fr.passerelle.shared.persistence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalised forms of names for uniqueness, ordering and search: lower case, accents removed, spaces folded, so
 * "École de Condé" and "ecole de  conde" are the same name, and "cœur" is "coeur". (The embedded store has no collations or $text.)
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Any white space, including the no-break spaces French typing produces (U+00A0, U+202F). */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    /** Ligatures do not decompose into a letter and a mark: "cœur" is written out so that "coeur" finds it. */
    private static final Map<String, String> LIGATURES = Map.of("œ", "oe", "Œ", "OE", "æ", "ae", "Æ", "AE");

    private SearchKeys() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String spelledOut = text;
        for (var ligature : LIGATURES.entrySet()) {
            spelledOut = spelledOut.replace(ligature.getKey(), ligature.getValue());
        }
        String decomposed = Normalizer.normalize(spelledOut, Normalizer.Form.NFD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(withoutMarks).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** A regex matching names that contain the fragment; the user's text is quoted, never interpreted. */
    public static Pattern containing(String fragment) {
        return Pattern.compile(Pattern.quote(normalize(fragment)));
    }
}
