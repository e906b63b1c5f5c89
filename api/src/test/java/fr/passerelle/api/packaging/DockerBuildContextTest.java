package fr.passerelle.api.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API image builds from the repository's whole source tree: every module the root pom lists (and its sources)
 * reaches the build context through {@code .dockerignore}, and the Dockerfile's build stage copies it. A module
 * missing from the context fails {@code mvn} inside {@code docker build}, which no machine here can run.
 */
class DockerBuildContextTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    @Test
    void everyModuleOfTheRootPomReachesTheBuildContext() throws IOException {
        DockerIgnore ignore = new DockerIgnore(Files.readAllLines(ROOT.resolve(".dockerignore")));

        assertThat(modules()).isNotEmpty().allSatisfy(module ->
                assertThat(missingFromContext(ignore, module)).as("files of module %s left out", module).isEmpty());
        assertThat(ignore.excludes("pom.xml")).isFalse();
    }

    @Test
    void theBuildStageCopiesEveryModule() throws IOException {
        List<String> copied = buildStageCopySources();

        assertThat(modules()).allSatisfy(module -> assertThat(copied)
                .as("the Dockerfile copies module %s", module)
                .anySatisfy(source -> assertThat(source.equals(".") || source.equals(module)
                        || source.equals(module + "/")).isTrue()));
    }

    @Test
    void buildOutputAndLocalDataStayOut() throws IOException {
        DockerIgnore ignore = new DockerIgnore(Files.readAllLines(ROOT.resolve(".dockerignore")));

        assertThat(List.of(".git/HEAD", "api/target/passerelle-api.jar", "bench/target/classes/A.class",
                "data/passerelle.mv", "api/data/dev-issuer-key.jwk")).allSatisfy(path ->
                assertThat(ignore.excludes(path)).as(path).isTrue());
    }

    /** The check itself can fail: a rule leaving out one module is caught, and an exception brings it back. */
    @Test
    void aModuleLeftOutIsCaught() throws IOException {
        assertThat(missingFromContext(new DockerIgnore(List.of("**/target", "bench")), "bench")).isNotEmpty();
        assertThat(missingFromContext(new DockerIgnore(List.of("*/src", "!bench/src")), "bench")).isEmpty();
        assertThat(missingFromContext(new DockerIgnore(List.of("*/src", "!bench/src")), "api")).isNotEmpty();
    }

    private static List<String> modules() throws IOException {
        Matcher module = MODULE.matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (module.find()) {
            modules.add(module.group(1));
        }
        return modules;
    }

    /** The module's pom and source files the context would leave out. */
    private static List<String> missingFromContext(DockerIgnore ignore, String module) throws IOException {
        List<String> files = new ArrayList<>(List.of(module + "/pom.xml"));
        Path sources = ROOT.resolve(module).resolve("src");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> walk = Files.walk(sources)) {
                walk.filter(Files::isRegularFile).map(file -> ROOT.relativize(file).toString().replace('\\', '/'))
                        .forEach(files::add);
            }
        }
        return files.stream().filter(ignore::excludes).toList();
    }

    /** The sources of the COPY instructions of the first stage (COPY --from=… copies between stages). */
    private static List<String> buildStageCopySources() throws IOException {
        List<String> sources = new ArrayList<>();
        boolean firstStage = false;
        for (String line : Files.readAllLines(ROOT.resolve("docker/Dockerfile"))) {
            String instruction = line.strip();
            if (instruction.startsWith("FROM ")) {
                if (firstStage) {
                    break;
                }
                firstStage = true;
            } else if (firstStage && instruction.startsWith("COPY ") && !instruction.contains("--from=")) {
                List<String> arguments = Stream.of(instruction.substring(5).strip().split("\\s+"))
                        .filter(argument -> !argument.startsWith("--")).toList();
                sources.addAll(arguments.subList(0, arguments.size() - 1));
            }
        }
        return sources;
    }
}
