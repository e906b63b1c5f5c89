package fr.passerelle.privacy.service;

import fr.passerelle.privacy.model.ExportSection;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The access and portability archive (GDPR art. 15/20): a zip holding each provider section twice, as
 * {@code <section>.json} (an array of objects) and {@code <section>.csv} (RFC 4180, UTF-8, a header row), so the
 * person can read it in a spreadsheet and another service can load it.
 */
public final class ExportArchive {

    private ExportArchive() {
    }

    public static byte[] zip(List<ExportSection> sections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ExportSection section : sections) {
                put(zip, section.name() + ".json", json(section));
                put(zip, section.name() + ".csv", csv(section));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static String json(ExportSection section) {
        StringBuilder out = new StringBuilder("[");
        for (int r = 0; r < section.rows().size(); r++) {
            Map<String, String> row = section.rows().get(r);
            out.append(r == 0 ? "\n  {" : ",\n  {");
            for (int c = 0; c < section.columns().size(); c++) {
                String column = section.columns().get(c);
                out.append(c == 0 ? "" : ", ").append(quoteJson(column)).append(": ").append(quoteJson(row.get(column)));
            }
            out.append('}');
        }
        return out.append("\n]\n").toString();
    }

    static String csv(ExportSection section) {
        StringBuilder out = new StringBuilder();
        line(out, section.columns());
        for (Map<String, String> row : section.rows()) {
            line(out, section.columns().stream().map(row::get).toList());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quoteCsv(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes every cell; a cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP advice). */
    private static String quoteCsv(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String quoteJson(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
