package eu.s3learning.core.progress;

import eu.s3learning.core.SpreadsheetCell;
import eu.s3learning.core.programme.PhaseKind;
import eu.s3learning.core.programme.Unit;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A cohort's progress matrix as a spreadsheet: CSV (UTF-8 with a byte-order mark, so Excel reads
 * Romanian letters right) or XLSX. Headings and states come in the trainer's words.
 */
public final class ProgressExport {

    private ProgressExport() {
    }

    /** {@code words} turns "name", "email", "organisation", a phase kind or a state name into the trainer's language. */
    public static void csv(CohortProgress progress, Function<String, String> words, OutputStream out) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
                printer.printRecord(header(progress, words));
                for (List<String> row : rows(progress, words)) {
                    printer.printRecord(row.stream().map(SpreadsheetCell::defused).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(CohortProgress progress, Function<String, String> words, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "S3 Learning Platform", "1.0");
            Worksheet sheet = workbook.newWorksheet(progress.cohort().name().length() > 31
                    ? progress.cohort().name().substring(0, 31) : progress.cohort().name());
            List<String> header = header(progress, words);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            List<List<String>> rows = rows(progress, words);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(CohortProgress progress, Function<String, String> words) {
        List<String> header = new ArrayList<>(List.of(words.apply("name"), words.apply("email"), words.apply("organisation")));
        for (PhaseKind phase : PhaseKind.values()) {
            header.add(words.apply(phase.name()));
        }
        progress.units().stream().map(Unit::title).forEach(header::add);
        return header;
    }

    private static List<List<String>> rows(CohortProgress progress, Function<String, String> words) {
        List<List<String>> rows = new ArrayList<>();
        for (CohortProgress.Row row : progress.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.enrolment().person().fullName(),
                    row.enrolment().person().email().value(), row.enrolment().person().organisation()));
            for (PhaseKind phase : PhaseKind.values()) {
                cells.add(words.apply(row.phase(phase).name()));
            }
            for (Unit unit : progress.units()) {
                cells.add(words.apply(row.unit(unit)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
