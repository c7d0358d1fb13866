package org.credstack.recognition.rplclaim.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** File names as learners send them (untrusted) and as downloads name them (safe in a header). */
final class FileNames {

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*(\"([^\"]*)\"|([^;\\s]+))",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The file name of a {@code Content-Disposition} request header, if it has one. */
    static String fromDisposition(String disposition) {
        if (disposition == null) {
            return null;
        }
        Matcher matcher = FILENAME.matcher(disposition);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
    }

    /** The name without any path the client sent and without control characters, at most 255 characters. */
    static String clip(String name) {
        if (name == null) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() <= MAX_LENGTH ? base : base.substring(0, MAX_LENGTH);
    }

    /** A {@code Content-Disposition} answer: an ASCII fallback name and the exact one in RFC 8187 encoding. */
    static String attachment(String name, String fileId) {
        String exact = name == null ? fileId : name;
        String ascii = exact.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(exact, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
