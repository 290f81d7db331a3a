/**
 * The archive format and the engine that writes and restores it, on plain JDBC and Flyway (no JPA,
 * no Spring beans), so the command line can run it without the application around it.
 */
@NullMarked
package org.factline.backup.archive;

import org.jspecify.annotations.NullMarked;
