package org.factline.article;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 13: the near-duplicate signatures and LSH keys of articles with Chinese,
 * Japanese or Korean text, computed again with the character-bigram shingles. Other articles keep
 * theirs: their tokens, and so their signatures, are the same as before (see
 * {@link NearDuplicates}). Stored and new signatures then compare like with like.
 *
 * <p>A migration rather than a job at startup: Flyway runs it under its lock on the schema
 * history, once, however many nodes start at the same time, and before any node imports. A
 * Spring bean (which Spring Boot hands to Flyway) rather than a class in {@code db.migration}, so
 * it can use the article module's own shingling.
 */
@Component
class CjkShinglesMigration implements JavaMigration {

    private static final int BATCH = 100;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "cjk shingles";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> ids = articlesWithCjk(connection);
        for (int from = 0; from < ids.size(); from += BATCH) {
            recompute(connection, ids.subList(from, Math.min(from + BATCH, ids.size())));
        }
    }

    /** Every text is read once, a page at a time; only the ids of those with CJK are kept. */
    private static List<Long> articlesWithCjk(Connection connection) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var select = connection.prepareStatement("select id, body_text from article")) {
            select.setFetchSize(BATCH);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    if (NearDuplicates.hasCjk(rows.getString(2))) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static void recompute(Connection connection, List<Long> ids) throws SQLException {
        try (var text = connection.prepareStatement("select body_text from article where id = ?");
                var signature = connection.prepareStatement("update article set minhash = ? where id = ?");
                var forget = connection.prepareStatement("delete from article_lsh where article_id = ?");
                var bucket =
                        connection.prepareStatement("insert into article_lsh (lsh_key, article_id) values (?, ?)")) {
            for (long id : ids) {
                text.setLong(1, id);
                String body;
                try (var rows = text.executeQuery()) {
                    rows.next();
                    body = rows.getString(1);
                }
                // The stored text, as ArticleReprocessing would; it is the imported one unless clipped at 1 MB.
                int[] minhash = NearDuplicates.signature(body);
                signature.setString(1, NearDuplicates.encode(minhash));
                signature.setLong(2, id);
                signature.addBatch();
                forget.setLong(1, id);
                forget.addBatch();
                for (long key :
                        NearDuplicates.lshKeys(minhash).stream().distinct().toList()) {
                    bucket.setLong(1, key);
                    bucket.setLong(2, id);
                    bucket.addBatch();
                }
            }
            signature.executeBatch();
            forget.executeBatch();
            bucket.executeBatch();
        }
    }
}
