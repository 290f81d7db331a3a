package org.factline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.AbstractIntegrationTest;
import org.factline.base.export.ExportFormat;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

/** The audit log export: the admins' log with its filter, and nobody else's to take. */
class AuditExportTest extends AbstractIntegrationTest {

    @Autowired
    AuditExport export;

    @Autowired
    AuditLog log;

    @Test
    void admins_export_the_entries_the_log_shows_with_the_same_filter() throws IOException {
        String one = user(unique("audited-export"), Role.FACT_CHECKER);
        String two = user(unique("audited-export"), Role.EDITOR);
        signIn(ADMIN);
        var filter = new AuditFilter(null, "user.created", "audited-export", null, null);
        List<Long> shown = log.search(filter, PageRequest.of(0, 500)).stream()
                .map(AuditEntryDetail::id)
                .toList();

        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(write(filter, ExportFormat.CSV)))
                .getRecords();

        assertThat(rows.stream().map(r -> Long.parseLong(r.get("id")))).containsExactlyElementsOf(shown);
        assertThat(rows.stream().map(r -> r.get("summary"))).contains("Created user " + one, "Created user " + two);
        var newest = rows.getFirst();
        assertThat(newest.get("actor")).isEqualTo("system");
        assertThat(newest.get("action")).isEqualTo("user.created");
        assertThat(newest.get("target_type")).isEqualTo("user");
        assertThat(JsonMapper.builder().build().readTree(newest.get("after")).isObject())
                .isTrue();

        var json = JsonMapper.builder().build().readTree(write(filter, ExportFormat.JSON));
        assertThat(json.size()).isEqualTo(shown.size());
        assertThat(json.get(0).get("id").asLong()).isEqualTo(shown.getFirst());
        assertThat(json.get(0).get("before").isNull()).isTrue();
    }

    @Test
    void fact_checkers_and_editors_may_not_export_the_audit_log() {
        for (String who :
                List.of(user("audit-export-checker", Role.FACT_CHECKER), user("audit-export-editor", Role.EDITOR))) {
            signIn(who);
            assertThatThrownBy(() -> write(AuditFilter.none(), ExportFormat.CSV))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private String write(AuditFilter filter, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        export.write(filter, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
