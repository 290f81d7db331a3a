package org.factline.backup;

import java.io.InputStream;

/** A backup file opened for download: the caller streams and closes {@code content}. */
public record BackupDownload(String fileName, long sizeBytes, InputStream content) {}
