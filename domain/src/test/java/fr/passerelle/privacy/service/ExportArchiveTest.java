package fr.passerelle.privacy.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.privacy.model.ExportSection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ExportArchiveTest {

    private static final ExportSection PROFILE = new ExportSection("learner-profile", List.of("id", "note"), List.of(
            Map.of("id", "l-1", "note", "Dit \"bonjour\",\nà demain"),
            Map.of("id", "l-2", "note", "=HYPERLINK(\"http://evil\")")));

    @Test
    void each_section_is_written_as_json_and_csv() throws IOException {
        Map<String, String> files = unzip(ExportArchive.zip(List.of(PROFILE)));

        assertThat(files).containsOnlyKeys("learner-profile.json", "learner-profile.csv");
        assertThat(files.get("learner-profile.json")).isEqualTo("""
                [
                  {"id": "l-1", "note": "Dit \\"bonjour\\",\\nà demain"},
                  {"id": "l-2", "note": "=HYPERLINK(\\"http://evil\\")"}
                ]
                """);
    }

    @Test
    void csv_cells_are_quoted_and_a_formula_is_defused() throws IOException {
        String csv = unzip(ExportArchive.zip(List.of(PROFILE))).get("learner-profile.csv");

        assertThat(csv).isEqualTo("\"id\",\"note\"\r\n\"l-1\",\"Dit \"\"bonjour\"\",\nà demain\"\r\n"
                + "\"l-2\",\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
    }

    @Test
    void nothing_held_gives_an_empty_archive() throws IOException {
        assertThat(unzip(ExportArchive.zip(List.of()))).isEmpty();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
