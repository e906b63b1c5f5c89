package fr.passerelle.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys are written in code as whole string literals ({@code "error.learner.profile-exists"}, never assembled), so
 * reading the main sources of every module finds them all: each must be in the bundles, and each key of the bundles
 * must be used (no sentence left behind when its rule goes).
 */
class MessageKeysTest {

    /** A literal starting with a bundle's prefix ({@code error.}, {@code advice.}, {@code finding.}…). */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:" + String.join("|", Bundles.NAMES.stream()
            .map(name -> name.substring(name.lastIndexOf('/') + 1).replaceAll("s$", "")).toList())
            + ")\\.[A-Za-z0-9.-]+)\"");
    /** The text given with an error code ({@code ErrorCode.INVALID, "…"}): the message, which must be a key. */
    private static final Pattern MESSAGE_AFTER_CODE = Pattern.compile("ErrorCode\\.[A-Z_]+,\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** The modules whose code says things to people; this test runs in domain/, beside them. */
    private static final List<Path> SOURCES = Stream.of("domain", "infrastructure", "api")
            .map(module -> Path.of("..", module, "src", "main", "java")).toList();

    private static Set<String> used;
    private static Set<String> bundled;
    /** Texts given as a violation's message that are no key: sentences written in one language. */
    private static Set<String> notKeys;

    @BeforeAll
    static void read() {
        used = new TreeSet<>();
        notKeys = new TreeSet<>();
        for (Path root : SOURCES) {
            assertThat(root).as("sources of %s", root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                    String code = read(file);
                    Matcher literal = KEY_LITERAL.matcher(code);
                    while (literal.find()) {
                        used.add(literal.group(1));
                    }
                    Matcher message = MESSAGE_AFTER_CODE.matcher(code);
                    while (message.find()) {
                        if (!KEY_LITERAL.matcher("\"" + message.group(1) + "\"").matches()) {
                            notKeys.add(root.relativize(file) + ": " + message.group(1));
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        bundled = new TreeSet<>();
        for (String name : Bundles.NAMES) {
            bundled.addAll(Collections.list(Bundles.bundle(name, Language.DEFAULT.locale()).getKeys()));
        }
    }

    @Test
    void every_key_used_in_code_is_in_the_bundles() {
        assertThat(used).isNotEmpty();
        assertThat(bundled).containsAll(used);
    }

    @Test
    void every_message_given_with_an_error_code_is_a_key() {
        assertThat(notKeys).as("sentences in one language where a key belongs").isEmpty();
    }

    @Test
    void every_key_of_the_bundles_is_used_in_code() {
        assertThat(used).containsAll(bundled);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
