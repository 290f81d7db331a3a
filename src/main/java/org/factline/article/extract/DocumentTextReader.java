package org.factline.article.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Text and metadata of PDF and Word documents through Apache Tika. Tika's parser refuses
 * zip bombs (it watches the compression ratio and nesting depth); output is capped too.
 */
final class DocumentTextReader {

    /** No part of a Word file may unpack to more than this; news documents are far smaller. */
    private static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** A document that takes longer is refused: damaged files can send parsers into long loops. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final int maxChars;
    private final Duration timeout;

    DocumentTextReader(int maxChars) {
        this(maxChars, TIMEOUT);
    }

    DocumentTextReader(int maxChars, Duration timeout) {
        this.maxChars = maxChars;
        this.timeout = timeout;
    }

    record Result(
            List<String> paragraphs,
            @Nullable String title,
            @Nullable String author,
            @Nullable OffsetDateTime created,
            @Nullable String lang) {}

    Result read(byte[] bytes, String fileName) throws ExtractionException {
        var handler = new BodyContentHandler(maxChars);
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            parseWithin(bytes, handler, metadata);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionException("The document could not be read: " + rootMessage(e), e);
            }
        } catch (TikaException e) {
            throw new ExtractionException(
                    "The document could not be read (damaged, encrypted or not really a " + extension(fileName)
                            + " file): " + rootMessage(e),
                    e);
        } catch (IOException e) {
            throw new ExtractionException("The document could not be read: " + rootMessage(e), e);
        }
        List<String> paragraphs = Arrays.stream(handler.toString().split("\\n\\s*\\n|\\n(?=\\s*[A-Z•\\-])"))
                .map(p -> TextBlocks.normalize(p.replace('\n', ' ')))
                .filter(p -> !p.isEmpty())
                .toList();
        return new Result(
                paragraphs,
                metadata.get(TikaCoreProperties.TITLE),
                metadata.get(TikaCoreProperties.CREATOR),
                MetadataReader.parseDate(metadata.get(TikaCoreProperties.CREATED)),
                metadata.get(TikaCoreProperties.LANGUAGE));
    }

    /** Tika's parse in a thread of its own, given up after the timeout (the import says why). */
    private void parseWithin(byte[] bytes, BodyContentHandler handler, Metadata metadata)
            throws IOException, SAXException, TikaException, ExtractionException {
        var task = new FutureTask<Void>(() -> {
            new AutoDetectParser().parse(new ByteArrayInputStream(bytes), handler, metadata, new ParseContext());
            return null;
        });
        Thread.ofVirtual().name("tika-parse").start(task);
        try {
            task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ExtractionException(
                    "Reading the document took longer than " + timeout.toSeconds()
                            + " seconds; it may be damaged. Try saving it again as PDF or .docx.",
                    e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException("Reading the document was interrupted.", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case SAXException sax -> throw sax;
                case TikaException tika -> throw tika;
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                case null, default ->
                    throw new ExtractionException("The document could not be read: " + rootMessage(e), e);
            }
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "PDF or Word" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
