package org.factline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.factline.AbstractIntegrationTest;
import org.factline.article.ImportOutcome.Status;
import org.factline.security.AppRoles.Role;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stored signatures of CJK articles are brought to the bigram shingling once; others are left alone. */
class CjkShinglesMigrationTest extends AbstractIntegrationTest {

    @Autowired
    ArticleImportService imports;

    @Autowired
    CjkShinglesMigration migration;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        signIn(user("importer", Role.FACT_CHECKER));
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void spring_hands_the_migration_to_flyway_as_version_13() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from \"flyway_schema_history\" where \"version\" = '13' and \"success\"",
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void cjk_articles_get_fresh_signatures_and_buckets_and_the_rest_is_untouched() throws Exception {
        String marker = unique("park");
        long chinese = imports.importPaste(
                        "园区", CjkFixtures.INDUSTRY_PARK.replace("二期", "二期" + marker), PasteFormat.TEXT)
                .articleId();
        long english = imports.importPaste(
                        "Chips", NearDuplicatesTest.LATIN.replace("Tuesday", marker), PasteFormat.TEXT)
                .articleId();
        String fresh = minhash(chinese);
        List<Long> freshKeys = lshKeys(chinese);
        // As stored before the bigram shingling: another signature and other buckets.
        int[] stale = NearDuplicates.signature("the signature words alone gave this paragraph " + marker);
        for (long id : List.of(chinese, english)) {
            jdbc.update("update article set minhash = ? where id = ?", NearDuplicates.encode(stale), id);
            jdbc.update("delete from article_lsh where article_id = ?", id);
            for (long key : NearDuplicates.lshKeys(stale).stream().distinct().toList()) {
                jdbc.update("insert into article_lsh (lsh_key, article_id) values (?, ?)", key, id);
            }
        }

        migrate();

        assertThat(minhash(chinese)).isEqualTo(fresh);
        assertThat(lshKeys(chinese)).containsExactlyInAnyOrderElementsOf(freshKeys);
        assertThat(minhash(english)).isEqualTo(NearDuplicates.encode(stale));
        assertThat(lshKeys(english))
                .containsExactlyInAnyOrderElementsOf(
                        NearDuplicates.lshKeys(stale).stream().distinct().toList());

        var copy = imports.importPaste(
                "转载", CjkFixtures.INDUSTRY_PARK.replace("二期", "二期" + marker) + "\n扫码关注我们的公众号。", PasteFormat.TEXT);
        assertThat(copy.status()).isEqualTo(Status.IMPORTED);
        assertThat(copy.similarTo()).isEqualTo(chinese);
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
            connection.commit();
        }
    }

    private String minhash(long id) {
        return jdbc.queryForObject("select minhash from article where id = ?", String.class, id);
    }

    private List<Long> lshKeys(long id) {
        return jdbc.queryForList("select lsh_key from article_lsh where article_id = ?", Long.class, id);
    }
}
