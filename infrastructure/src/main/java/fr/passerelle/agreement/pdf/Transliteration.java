package fr.passerelle.agreement.pdf;

import java.util.Map;

/**
 * Latin spellings for the letters of scripts that the embedded font has but PDFBox cannot lay out: Arabic (and
 * Persian/Urdu letters) needs contextual shaping and, like Hebrew, right-to-left ordering, which PDFBox does not do;
 * drawn as is, a name would come out as isolated letters in reverse order. A simplified, consonantal
 * transliteration (close to the common press romanisation, without diacritics) is readable and searchable instead.
 */
final class Transliteration {

    private static final Map<Integer, String> LATIN = Map.ofEntries(
            // Arabic
            Map.entry(0x0621, "'"), Map.entry(0x0622, "a"), Map.entry(0x0623, "a"), Map.entry(0x0624, "'"),
            Map.entry(0x0625, "i"), Map.entry(0x0626, "'"), Map.entry(0x0627, "a"), Map.entry(0x0628, "b"),
            Map.entry(0x0629, "a"), Map.entry(0x062A, "t"), Map.entry(0x062B, "th"), Map.entry(0x062C, "j"),
            Map.entry(0x062D, "h"), Map.entry(0x062E, "kh"), Map.entry(0x062F, "d"), Map.entry(0x0630, "dh"),
            Map.entry(0x0631, "r"), Map.entry(0x0632, "z"), Map.entry(0x0633, "s"), Map.entry(0x0634, "sh"),
            Map.entry(0x0635, "s"), Map.entry(0x0636, "d"), Map.entry(0x0637, "t"), Map.entry(0x0638, "z"),
            Map.entry(0x0639, "'"), Map.entry(0x063A, "gh"), Map.entry(0x0640, ""), Map.entry(0x0641, "f"),
            Map.entry(0x0642, "q"), Map.entry(0x0643, "k"), Map.entry(0x0644, "l"), Map.entry(0x0645, "m"),
            Map.entry(0x0646, "n"), Map.entry(0x0647, "h"), Map.entry(0x0648, "w"), Map.entry(0x0649, "a"),
            Map.entry(0x064A, "y"), Map.entry(0x0671, "a"), Map.entry(0x067E, "p"), Map.entry(0x0686, "ch"),
            Map.entry(0x0698, "zh"), Map.entry(0x06A9, "k"), Map.entry(0x06AF, "g"), Map.entry(0x06CC, "y"),
            Map.entry(0x060C, ","), Map.entry(0x061B, ";"), Map.entry(0x061F, "?"),
            // Hebrew
            Map.entry(0x05D0, "'"), Map.entry(0x05D1, "b"), Map.entry(0x05D2, "g"), Map.entry(0x05D3, "d"),
            Map.entry(0x05D4, "h"), Map.entry(0x05D5, "v"), Map.entry(0x05D6, "z"), Map.entry(0x05D7, "ch"),
            Map.entry(0x05D8, "t"), Map.entry(0x05D9, "y"), Map.entry(0x05DA, "kh"), Map.entry(0x05DB, "k"),
            Map.entry(0x05DC, "l"), Map.entry(0x05DD, "m"), Map.entry(0x05DE, "m"), Map.entry(0x05DF, "n"),
            Map.entry(0x05E0, "n"), Map.entry(0x05E1, "s"), Map.entry(0x05E2, "'"), Map.entry(0x05E3, "f"),
            Map.entry(0x05E4, "p"), Map.entry(0x05E5, "ts"), Map.entry(0x05E6, "ts"), Map.entry(0x05E7, "k"),
            Map.entry(0x05E8, "r"), Map.entry(0x05E9, "sh"), Map.entry(0x05EA, "t"));

    private Transliteration() {
    }

    /** Whether the character belongs to a script that must be transliterated rather than drawn. */
    static boolean needed(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HEBREW;
    }

    /**
     * The Latin spelling of one character of such a script; digits in their Western form; an empty string for
     * what has no sound of its own (vowel signs are dropped earlier as marks, the tatweel is a stretch).
     */
    static String latin(int codePoint) {
        int digit = Character.digit(codePoint, 10);
        if (digit >= 0) {
            return Integer.toString(digit);
        }
        return LATIN.getOrDefault(codePoint, "");
    }
}
