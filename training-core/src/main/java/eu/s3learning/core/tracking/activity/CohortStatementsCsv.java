package eu.s3learning.core.tracking.activity;

import eu.s3learning.core.SpreadsheetCell;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A cohort's statements as CSV, one row per statement: UTF-8 with a byte-order mark (so spreadsheets read Romanian
 * letters right), quoted as RFC 4180 says, and with every cell that a spreadsheet would run as a formula written
 * as text. Times are ISO 8601 in UTC, so the file sorts and compares the same wherever it is opened.
 */
public final class CohortStatementsCsv {

    /** The columns, named by these keys; the caller's {@code words} turns them into the trainer's language. */
    public static final List<String> COLUMNS = List.of("timestamp", "stored", "learner", "verb", "verbId", "objectId",
            "objectName", "result", "registration", "statementId");

    /** A statement of the cohort and the learner it is about, named as the platform knows them. */
    public record Line(ReadableStatement statement, String learner) {
    }

    private CohortStatementsCsv() {
    }

    public static void write(List<Line> lines, Function<String, String> words, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                printer.printRecord(COLUMNS.stream().map(words).toList());
                for (Line line : lines) {
                    printer.printRecord(cells(line).stream().map(SpreadsheetCell::defused).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(Line line) {
        ReadableStatement s = line.statement();
        List<String> cells = new ArrayList<>();
        cells.add(time(s.timestamp()));
        cells.add(time(s.stored()));
        cells.add(text(line.learner()));
        cells.add(text(s.verb()));
        cells.add(s.verbId());
        cells.add(text(s.objectId()));
        cells.add(text(s.object()));
        cells.add(text(s.result()));
        cells.add(s.registration() == null ? "" : s.registration().toString());
        cells.add(s.id().toString());
        return cells;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
