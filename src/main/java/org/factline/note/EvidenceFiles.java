package org.factline.note;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.factline.base.ValidationException;
import org.factline.note.domain.Evidence;
import org.factline.note.domain.EvidenceFile;

/**
 * Which uploads may become evidence. The type is detected from the bytes alone (Apache Tika, with
 * its container detectors for Office files), never from the name or the browser — a ZIP renamed
 * .docx stays a ZIP — and only documents, images and data files pass: programs, scripts, web pages,
 * SVG images (which can carry scripts), archives and legacy binary Office files (which can carry
 * macros: save them as .docx/.xlsx/.pptx or PDF) are refused. The stored name gets the extension
 * of the detected type, so a file downloads as what it is.
 */
final class EvidenceFiles {

    private static final Tika TIKA = new Tika();

    /** Allowed media types, with the name people know them by. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/gif", "GIF image"),
            Map.entry("image/webp", "WebP image"),
            Map.entry("text/plain", "text"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/json", "JSON"),
            Map.entry("message/rfc822", "e-mail"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation"));

    /** Shown when a file is refused. */
    static final String ALLOWED_KINDS =
            "PDF, images (PNG, JPEG, GIF, WebP), text, CSV, JSON, e-mail, Word, Excel and PowerPoint (.docx, .xlsx,"
                    + " .pptx) and OpenDocument";

    private static final Pattern PROGRAM = Pattern.compile(
            ".*(x-(sh|csh|bat|msi|elf|executable|sharedlib|msdownload|dosexec|java-archive|mach-o|apple-diskimage"
                    + "|python|perl|ruby|php|powershell|vbscript)\\b|javascript|ecmascript|macroenabled).*");

    private EvidenceFiles() {}

    /** The detected media type of an acceptable file; refuses everything else with the reason. */
    static String check(EvidenceUpload upload) {
        if (upload.size() == 0) {
            throw new ValidationException("file", "The file is empty.");
        }
        if (upload.size() > EvidenceFile.MAX_BYTES) {
            throw new ValidationException(
                    "file",
                    String.format(
                            Locale.ROOT,
                            "The file has %.1f MB; evidence files can have at most %d MB. Link to the source instead, "
                                    + "or upload the relevant pages only.",
                            upload.size() / (1024.0 * 1024.0),
                            EvidenceFile.MAX_BYTES / (1024 * 1024)));
        }
        String type = TIKA.detect(upload.bytes());
        String bare = type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (bare.equals("text/plain")) {
            // plain text may be CSV or JSON: the name only refines text, never a binary type
            String byName = TIKA.detect(upload.bytes(), name(upload.fileName()))
                    .toLowerCase(Locale.ROOT)
                    .split(";")[0]
                    .strip();
            if (byName.equals("text/csv") || byName.equals("application/json")) {
                bare = byName;
            }
        }
        if (ALLOWED.containsKey(bare)) {
            return bare;
        }
        boolean program = PROGRAM.matcher(bare).matches();
        throw new ValidationException(
                "file",
                program
                        ? "This file is a program or script (" + bare + "); it can't be added as evidence."
                        : "Files of type " + bare + " can't be added as evidence. Allowed: " + ALLOWED_KINDS + ".");
    }

    /** The file's own name without any folder, control characters or quotes, at most 255 characters. */
    static String name(String sent) {
        String n = sent == null ? "" : sent;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = "evidence";
        }
        if (n.length() > Evidence.FILE_NAME_MAX_LENGTH) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, Evidence.FILE_NAME_MAX_LENGTH - ext.length()) + ext;
        }
        return n;
    }

    /** The stored name: the sent name with the extension of the detected type. */
    static String storedName(String sent, String mediaType) {
        String n = name(sent);
        String extension;
        try {
            extension = MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtension();
        } catch (MimeTypeException unknown) {
            extension = "";
        }
        if (extension.isEmpty() || n.toLowerCase(Locale.ROOT).endsWith(extension)) {
            return n;
        }
        int dot = n.lastIndexOf('.');
        String base = dot > 0 ? n.substring(0, dot) : n;
        return name(base + extension);
    }

    static String label(String mediaType) {
        return ALLOWED.getOrDefault(mediaType, mediaType);
    }
}
