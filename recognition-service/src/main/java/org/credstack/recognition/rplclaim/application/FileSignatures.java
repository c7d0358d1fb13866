package org.credstack.recognition.rplclaim.application;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Whether a file's first bytes fit its declared media type, for the types an assessor's browser would render: a
 * file declared as a PDF that is something else is refused rather than served to staff under a false type. Types
 * without a known signature are left to the evidence policy's allow-list.
 */
final class FileSignatures {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private FileSignatures() {
    }

    static boolean matches(String mediaType, byte[] content) {
        int semicolon = mediaType.indexOf(';');
        String essence = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        switch (essence) {
            case "application/pdf":
                return startsWith(content, PDF);
            case "image/png":
                return startsWith(content, PNG);
            case "image/jpeg":
                return startsWith(content, JPEG);
            case "text/plain":
                return isUtf8Text(content);
            default:
                return true;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    /** UTF-8 without NUL bytes: what a text editor wrote, not a binary renamed. */
    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
