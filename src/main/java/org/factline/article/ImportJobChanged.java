package org.factline.article;

/** An import job was started, or some of its items moved on (published in that transaction). */
public record ImportJobChanged(long jobId) {}
