package org.factline.article.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/** What an uploaded file's bytes are before parsing: text in which encoding, HTML, binary, blank. */
final class RawBytes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RawBytes() {}

    static String decode(byte[] bytes, @Nullable Charset charset) {
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (charset != null && offset == 0) {
            return new String(bytes, charset);
        }
        var buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, bytes.length - offset, detected(bytes, offset));
        }
    }

    /**
     * The encoding of a text that is not UTF-8 and declares none, as Mozilla's detector reads it
     * (GB18030, Big5, Shift_JIS, EUC-KR, the windows code pages…); windows-1252 when it can't tell.
     */
    private static Charset detected(byte[] bytes, int offset) {
        var detector = new UniversalDetector();
        detector.handleData(bytes, offset, Math.min(bytes.length - offset, 64 * 1024));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name == null ? WINDOWS_1252 : Charset.forName(name);
        } catch (IllegalArgumentException unknownToJava) {
            return WINDOWS_1252;
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return control > n / 20;
    }

    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1)
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html")
                || head.startsWith("<html")
                || head.startsWith("<?xml")
                || (head.startsWith("<") && (head.contains("<body") || head.contains("<p") || head.contains("<div")));
    }

    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xff) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
