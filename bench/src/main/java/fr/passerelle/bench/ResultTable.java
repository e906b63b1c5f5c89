package fr.passerelle.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The run's outcome as a Markdown table, with what it ran on: ready to paste into bench/RESULTS.md. */
final class ResultTable {

    private ResultTable() {
    }

    static void print(List<Result> results, String loadBefore, PrintStream out) {
        out.println();
        out.println("Run of " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " on "
                + Runtime.getRuntime().availableProcessors() + " processors, Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), load average " + loadBefore + " at the start, "
                + loadAverage() + " at the end");
        out.println();
        out.println("| benchmark | figures | target | verdict |");
        out.println("|---|---|---|---|");
        for (Result result : results) {
            out.println("| " + result.benchmark() + " | " + result.figures() + " | " + result.target() + " | "
                    + result.verdict() + " |");
        }
    }

    /** The 1, 5 and 15 minute load averages where Linux tells them, else the JVM's 1 minute figure. */
    static String loadAverage() {
        try {
            String[] averages = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return averages[0] + " / " + averages[1] + " / " + averages[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
