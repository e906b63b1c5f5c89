package fr.passerelle.internship.persistence;

import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.learner.model.SkillCatalog;
import fr.passerelle.shared.persistence.SearchKeys;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words an offer is found by, in a normal form shared by offers and queries: lower case, accents removed, split
 * on anything but letters and digits, one-letter words dropped, and a final plural "s" or "x" removed from words
 * longer than three letters ("mixages" finds "mixage"). Skills count by code and by catalog label.
 */
final class OfferTokens {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SHORTEST_TOKEN = 2;
    private static final int SHORTEST_PLURAL = 4;

    private OfferTokens() {
    }

    static List<String> of(OfferTerms terms) {
        Stream<String> skills = Stream.concat(terms.requiredSkills().stream(), terms.niceToHaveSkills().stream())
                .map(SkillRequirement::code)
                .flatMap(code -> Stream.concat(Stream.of(code),
                        SkillCatalog.find(code).map(SkillCatalog.Skill::label).stream()));
        Stream<String> texts = Stream.of(Stream.of(terms.title(), terms.description(), terms.city()),
                terms.specialisations().stream(), skills).flatMap(s -> s);
        Set<String> tokens = new LinkedHashSet<>();
        texts.forEach(text -> tokens.addAll(of(text)));
        return List.copyOf(tokens);
    }

    /** The tokens of a text, in order, without repeats. */
    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(SearchKeys.normalize(text))) {
            if (word.length() >= SHORTEST_TOKEN) {
                tokens.add(singular(word));
            }
        }
        return List.copyOf(tokens);
    }

    private static String singular(String word) {
        boolean plural = word.length() >= SHORTEST_PLURAL && (word.endsWith("s") || word.endsWith("x"));
        return plural ? word.substring(0, word.length() - 1) : word;
    }
}
