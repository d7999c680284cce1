package eu.s3learning.core.scheduling;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.s3learning.core.print.PrintFonts;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The printable sign-in sheet of a session: one line per seated trainee with room to sign, as
 * venues and funders ask for a paper record of presence.
 */
public final class SignInSheet {

    private SignInSheet() {
    }

    /** Headings come in the trainer's language: title, date line, place line, then column headings. */
    public static byte[] write(String title, String when, String where, List<String> columnHeadings, List<Seat> seated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, PrintFonts.bold(16)));
            document.add(new Paragraph(when, PrintFonts.regular(11)));
            document.add(new Paragraph(where, PrintFonts.regular(11)));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {1, 6, 6, 5});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            Font bold = PrintFonts.bold(10);
            for (String heading : columnHeadings) {
                table.addCell(new PdfPCell(new Phrase(heading, bold)));
            }
            Font normal = PrintFonts.regular(10);
            int line = 1;
            for (Seat seat : seated) {
                table.addCell(cell(String.valueOf(line++), normal));
                table.addCell(cell(seat.enrolment().person().fullName(), normal));
                table.addCell(cell(seat.enrolment().person().organisation(), normal));
                table.addCell(cell("", normal));
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("the sign-in sheet could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setMinimumHeight(28);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
