package fr.passerelle.api.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} as Docker applies them: paths relative to the context root, {@code *} and
 * {@code ?} within one path segment, {@code **} across any number of them, {@code !} for an exception, the last
 * matching rule wins, and a path is left out when it or one of its parent directories is.
 */
final class DockerIgnore {

    private record Rule(Pattern pattern, boolean exception) {
    }

    private final List<Rule> rules = new ArrayList<>();

    DockerIgnore(List<String> lines) {
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean exception = line.startsWith("!");
            String pattern = (exception ? line.substring(1) : line).strip().replaceAll("^/+", "").replaceAll("/+$", "");
            rules.add(new Rule(Pattern.compile(regex(pattern)), exception));
        }
    }

    /** @param path relative to the context root, with {@code /} separators */
    boolean excludes(String path) {
        String prefix = "";
        for (String segment : path.split("/")) {
            prefix = prefix.isEmpty() ? segment : prefix + "/" + segment;
            if (matches(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String path) {
        boolean excluded = false;
        for (Rule rule : rules) {
            if (rule.pattern().matcher(path).matches()) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    private static String regex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
