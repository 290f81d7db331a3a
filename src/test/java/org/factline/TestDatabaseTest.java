package org.factline;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The postgresql-suite execution really runs on PostgreSQL, and the default one on H2. */
class TestDatabaseTest extends AbstractIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_shared_context_runs_on_the_database_the_jvm_asked_for() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestDatabase.isPostgresql() ? "PostgreSQL" : "H2");
        }
    }
}
