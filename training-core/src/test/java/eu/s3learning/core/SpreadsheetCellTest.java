package eu.s3learning.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetCellTest {

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_are_written_as_text() {
        assertEquals("'=HYPERLINK(\"http://evil\")", SpreadsheetCell.defused("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+40 256 000", SpreadsheetCell.defused("+40 256 000"));
        assertEquals("'-2+3", SpreadsheetCell.defused("-2+3"));
        assertEquals("'@SUM(A1)", SpreadsheetCell.defused("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetCell.defused("\t=1"));
        assertEquals("ADR Vest", SpreadsheetCell.defused("ADR Vest"));
        assertEquals("a=b", SpreadsheetCell.defused("a=b"), "only the first character starts a formula");
        assertEquals("", SpreadsheetCell.defused(""));
    }
}
