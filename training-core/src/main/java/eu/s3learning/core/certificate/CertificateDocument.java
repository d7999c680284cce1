package eu.s3learning.core.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.print.PrintFonts;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The printable certificate (PDF, A4 landscape) in the holder's language: who, what, when, how
 * many hours, the code, and a QR code of the public verification address.
 */
public final class CertificateDocument {

    static final String BUNDLE = "eu.s3learning.core.certificate.CertificateTexts";

    private CertificateDocument() {
    }

    public static byte[] write(Certificate certificate, String verificationLink, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, CertificateDocument.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Cohort cohort = certificate.enrolment().cohort();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(cohort.zone());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(texts.getString("title"));
            document.open();
            document.add(centred(texts.getString("title"), PrintFonts.bold(30, new Color(11, 79, 138)), 30));
            document.add(centred(texts.getString("certifies"), PrintFonts.regular(14), 10));
            document.add(centred(certificate.enrolment().person().fullName(), PrintFonts.bold(26), 10));
            document.add(centred(certificate.enrolment().person().organisation(), PrintFonts.regular(14), 24));
            document.add(centred(texts.getString("completed"), PrintFonts.regular(14), 8));
            document.add(centred(cohort.programme().title(), PrintFonts.bold(20), 8));
            document.add(centred(MessageFormat.format(texts.getString("cohort"), cohort.name(),
                    dates.format(cohort.preparationOpensAt()), dates.format(cohort.wrapUpClosesAt())), PrintFonts.regular(13), 6));
            document.add(centred(new MessageFormat(texts.getString("hours"), locale).format(new Object[] {certificate.hours()}),
                    PrintFonts.regular(13), 30));
            document.add(centred(MessageFormat.format(texts.getString("issued"), dates.format(certificate.issuedAt()),
                    certificate.code()), PrintFonts.regular(11), 4));
            document.add(centred(MessageFormat.format(texts.getString("verify"), verificationLink), PrintFonts.regular(10), 0));
            drawQr(writer.getDirectContent(), QrCode.encodeText(verificationLink, QrCode.Ecc.MEDIUM),
                    PageSize.A4.rotate().getWidth() - 56 - 96, 56, 96);
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificate could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    /** The QR code as filled squares, so it prints sharp at any size. */
    private static void drawQr(PdfContentByte canvas, QrCode qr, float x, float y, float size) {
        float module = size / (qr.size + 8);
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < qr.size; row++) {
            for (int column = 0; column < qr.size; column++) {
                if (qr.getModule(column, row)) {
                    canvas.rectangle(x + (column + 4) * module, y + size - (row + 5) * module, module, module);
                }
            }
        }
        canvas.fill();
    }
}
