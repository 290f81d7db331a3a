package org.factline.backup.archive;

/**
 * A column as the database describes it.
 *
 * @param name as the database spells it (upper case on H2), for SQL
 * @param key lower case, as the archive names it
 * @param jdbcType the {@link java.sql.Types} code, for binding nulls
 */
record ColumnShape(String name, String key, int jdbcType, String typeName, ColumnKind kind) {}
