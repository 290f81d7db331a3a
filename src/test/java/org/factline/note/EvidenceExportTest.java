package org.factline.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factline.AbstractIntegrationTest;
import org.factline.base.export.ExportFormat;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimOrder;
import org.factline.claim.ClaimService;
import org.factline.claim.NewClaim;
import org.factline.security.AppRoles.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** The evidence of the listed claims: the list's claims in its order, their live items in the order added. */
class EvidenceExportTest extends AbstractIntegrationTest {

    @Autowired
    EvidenceExport export;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ClaimService claims;

    @Test
    void the_evidence_of_the_claims_the_list_shows_parses_back() throws IOException {
        signIn(user("evexport-checker", Role.FACT_CHECKER));
        String tag = unique("evexport");
        long older = claims.create(new NewClaim("Older claim " + tag, null, null, Set.of(tag, "chips")))
                .id();
        long newer = claims.create(new NewClaim("Newer claim " + tag, null, null, Set.of(tag)))
                .id();
        long quote = evidence.add(
                        older,
                        new EvidenceForm(
                                "Notice, \"final\" version",
                                "https://www.mofcom.gov.cn/notice/2025/7",
                                null,
                                SourceType.OFFICIAL_STATEMENT,
                                Stance.REFUTES,
                                "出口管制\n第二条",
                                "zh-Hans",
                                "=Export control, article two",
                                LocalDate.of(2025, 2, 1)),
                        null)
                .id();
        long web = evidence.add(
                        older,
                        EvidenceForms.source(
                                "Wire report", "https://wire.example/a", SourceType.NEWS_REPORT, Stance.CONTEXT),
                        null)
                .id();
        long deleted = evidence.add(
                        newer,
                        EvidenceForms.source(null, "https://wire.example/b", SourceType.NEWS_REPORT, Stance.SUPPORTS),
                        null)
                .id();
        long onNewer = evidence.add(
                        newer,
                        EvidenceForms.source("+1 more", "https://wire.example/c", SourceType.DATASET, Stance.SUPPORTS),
                        null)
                .id();
        evidence.delete(deleted);
        long elsewhere = claims.create(new NewClaim("Not in the list " + unique("x"), null, null, Set.of()))
                .id();
        evidence.add(
                elsewhere,
                EvidenceForms.source(null, "https://wire.example/d", SourceType.OTHER, Stance.CONTEXT),
                null);

        var filter = new ClaimFilter(null, null, tag, null);
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(write(filter, ClaimOrder.NEWEST, ExportFormat.CSV)))
                .getRecords();

        assertThat(rows.stream().map(r -> Long.parseLong(r.get("evidence_id")))).containsExactly(onNewer, quote, web);
        assertThat(rows.get(0).get("claim_id")).isEqualTo(String.valueOf(newer));
        assertThat(rows.get(0).get("title")).isEqualTo("'+1 more");
        var official = rows.get(1);
        assertThat(official.get("claim_text")).isEqualTo("Older claim " + tag);
        assertThat(official.get("title")).isEqualTo("Notice, \"final\" version");
        assertThat(official.get("quote")).isEqualTo("出口管制\n第二条");
        assertThat(official.get("translation")).isEqualTo("'=Export control, article two");
        assertThat(official.get("source_type")).isEqualTo("official_statement");
        assertThat(official.get("stance")).isEqualTo("refutes");
        assertThat(official.get("accessed_on")).isEqualTo("2025-02-01");
        assertThat(official.get("added_by")).isEqualTo("evexport-checker");

        var json = JsonMapper.builder().build().readTree(write(filter, ClaimOrder.NEWEST, ExportFormat.JSON));
        assertThat(json.size()).isEqualTo(3);
        assertThat(json.get(1).get("quote").asString()).isEqualTo("出口管制\n第二条");
        assertThat(json.get(1).get("translation").asString()).isEqualTo("=Export control, article two");
        assertThat(json.get(1).get("file_size").isNull()).isTrue();
    }

    private String write(ClaimFilter filter, ClaimOrder order, ExportFormat format) {
        var out = new ByteArrayOutputStream();
        export.write(filter, order, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
