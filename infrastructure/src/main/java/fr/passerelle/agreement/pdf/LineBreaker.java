package fr.passerelle.agreement.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Cuts one paragraph into lines that fit a width. Lines break at ordinary spaces only, so a no-break space keeps
 * "4,50 €" or "3 h 30" together; a word wider than the line (a long e-mail address or URL) is cut where it
 * overflows rather than running off the page.
 */
final class LineBreaker {

    private final double maxWidth;
    private final ToDoubleFunction<String> widthOf;

    LineBreaker(double maxWidth, ToDoubleFunction<String> widthOf) {
        this.maxWidth = maxWidth;
        this.widthOf = widthOf;
    }

    /** The lines of a paragraph without line breaks; none for a blank one. */
    List<String> lines(String paragraph) {
        List<String> lines = new ArrayList<>();
        String current = "";
        for (String word : paragraph.strip().split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (fits(candidate)) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current);
            }
            current = word;
            while (!fits(current)) {
                int cut = longestFittingPrefix(current);
                lines.add(current.substring(0, cut));
                current = current.substring(cut);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private boolean fits(String text) {
        return widthOf.applyAsDouble(text) <= maxWidth;
    }

    /** At least one code point, so that even a line narrower than one letter makes progress. */
    private int longestFittingPrefix(String word) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (!fits(word.substring(0, next))) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
