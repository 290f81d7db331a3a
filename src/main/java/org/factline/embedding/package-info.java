/**
 * Sentence embeddings: the meaning of a short text as 384 numbers (all-MiniLM-L6-v2, quantised,
 * run in this JVM on ONNX Runtime), so texts that say the same thing in other words end up close
 * together. The model loads in the background once the application is up, never on the startup
 * path; callers that can't wait ({@link org.factline.embedding.SentenceEmbeddings#ifReady}) get
 * nothing until it is there, background work waits for it. Embeddings are cached by a hash of the
 * text.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base"})
package org.factline.embedding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
