package eu.s3learning.core;

/**
 * Text written into a spreadsheet export (CSV) that a person typed or an LRS client sent. Spreadsheets run a cell
 * that starts with {@code =}, {@code +}, {@code -} or {@code @} (and some also after a tab or carriage return) as a
 * formula, so a name like {@code =HYPERLINK(...)} would turn into a live link or worse: CSV injection.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /** The text, made to read as text: a leading apostrophe before a character that would start a formula. */
    public static String defused(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
