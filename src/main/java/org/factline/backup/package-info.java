/**
 * Backup and restore of a whole workspace: an archive (zip) with every table's rows as JSON Lines
 * and a manifest with the schema version, row counts and SHA-256 of each part, written from one
 * consistent snapshot while people work and restored into H2 or PostgreSQL alike, migrated on by
 * Flyway when it is older ({@code archive/}, docs/backup.md). The admin page (create with
 * progress, list, download, restore after typing the workspace name), the nightly backup with
 * its retention, run by one node, and the {@code backup} / {@code restore} command line. After a
 * restore the search module rebuilds the index.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security", "audit", "search", "publish"})
package org.factline.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
