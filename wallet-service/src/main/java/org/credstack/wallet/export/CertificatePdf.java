package org.credstack.wallet.export;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.credstack.wallet.credential.projection.WalletCredential;

/**
 * A printable A4 certificate of one credential: what was achieved, from whom, when, and a QR code that leads to a
 * page verifying it. The QR code is drawn as vector squares (sharp at any print size, no image codec needed).
 */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private CertificatePdf() {
    }

    static byte[] of(WalletCredential c, String verificationUrl) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(c.achievementName());
            info.setAuthor(c.issuerName());
            info.setSubject("Open Badges 3.0 credential " + c.credentialId());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                float y = 760;
                y = line(s, BOLD, 12, 60, y, "CERTIFICATE OF ACHIEVEMENT");
                y = line(s, BOLD, 24, 60, y - 24, c.achievementName());
                y = line(s, REGULAR, 12, 60, y - 10, c.achievementType());
                y = line(s, REGULAR, 13, 60, y - 30, "Awarded by " + c.issuerName());
                y = line(s, REGULAR, 13, 60, y - 4, "on " + DATE.format(c.issuedAt()));
                if (c.credits() != null) {
                    y = line(s, REGULAR, 12, 60, y - 18, c.credits().stripTrailingZeros().toPlainString()
                            + " ECTS credits");
                }
                if (c.eqfLevel() != null) {
                    y = line(s, REGULAR, 12, 60, y - 4, "EQF level " + c.eqfLevel());
                }
                if (c.validUntil() != null) {
                    y = line(s, REGULAR, 12, 60, y - 4, "Valid until " + DATE.format(c.validUntil()));
                }
                line(s, REGULAR, 12, 60, y - 18, "Status when printed: " + c.status());
                qr(s, verificationUrl, width - 60 - 170, 120, 170);
                line(s, REGULAR, 9, width - 60 - 170, 105, "Scan to verify this credential");
                line(s, REGULAR, 8, 60, 80, "Credential urn:uuid:" + c.credentialId());
                line(s, REGULAR, 8, 60, 68, "Issuer " + c.issuerDid());
                line(s, REGULAR, 8, 60, 56, "Signed Open Badges 3.0 credential (eddsa-rdfc-2022); verify at "
                        + verificationUrl);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float line(PDPageContentStream s, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(printable(font, text));
        s.endText();
        return y - size * 1.3f;
    }

    /** The standard fonts cover WinAnsi only: any other character prints as '?', never fails the export. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("the verification URL does not fit a QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
    }
}
