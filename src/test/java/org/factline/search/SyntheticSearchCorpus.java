package org.factline.search;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search benchmark's corpus: articles of 150–400 words (every 50th 2,000–4,000) and claims of 10–25 words drawn by
 * Zipf's law from domain words and generated filler words, with publishers, authors, claimants,
 * dates and verdicts, inserted straight into the database (the same data for every engine).
 */
final class SyntheticSearchCorpus {

    /** Topic words, most frequent first; the generator draws them and filler words by Zipf's law. */
    static final String[] TOPIC = {
        "chips",
        "export",
        "controls",
        "China",
        "model",
        "Nvidia",
        "Huawei",
        "semiconductor",
        "Commerce",
        "licence",
        "release",
        "accelerator",
        "training",
        "Beijing",
        "Washington",
        "tariff",
        "ministry",
        "DeepSeek-V3",
        "H20",
        "Qwen2.5",
        "distillation",
        "lithography",
        "ASML",
        "SMIC",
        "Ascend",
        "GPU",
        "benchmark",
        "open-weight",
        "sanctions",
        "entity",
        "list",
        "cloud",
        "datacenter",
        "smuggling",
        "investigation",
        "OpenAI",
        "Anthropic",
        "Alibaba",
        "Baidu",
        "Tencent",
        "rules",
        "threshold",
        "memory",
        "HBM",
        "TSMC",
        "foundry",
        "subsidy",
        "policy",
        "denied",
        "accused"
    };

    static final String[] SITES = {
        "Wire One",
        "Daily Two",
        "Tech Three",
        "Policy Four",
        "Market Five",
        "Asia Desk",
        "Chip Weekly",
        "Capital Post",
        "Signal News",
        "Harbor Times"
    };
    static final String[] VERDICTS = {"TRUE", "MOSTLY_TRUE", "MIXED", "MOSTLY_FALSE", "FALSE"};

    private final JdbcTemplate jdbc;
    private final int articles;
    private final int claims;

    SyntheticSearchCorpus(JdbcTemplate jdbc, int articles, int claims) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.claims = claims;
    }

    private final Random random = new Random(42);
    private final String[] filler = fillerWords(20_000);

    private static String[] fillerWords(int n) {
        String[] syllables = {
            "ka", "lo", "mi", "ne", "ra", "tu", "vo", "se", "pa", "li", "do", "ge", "ber", "tan", "sor", "mel", "qui",
            "zan", "pre", "tra", "lat", "ven", "cor", "dis"
        };
        var rnd = new Random(7);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            int len = 2 + rnd.nextInt(3);
            var w = new StringBuilder();
            for (int s = 0; s < len; s++) {
                w.append(syllables[rnd.nextInt(syllables.length)]);
            }
            words[i] = w.toString();
        }
        words[5_000] = "vorelatu";
        words[9_000] = "kimesano";
        words[12_000] = "tralope";
        return words;
    }

    /** Zipf-like rank: small ranks are far more frequent. */
    private int zipf(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
    }

    private String words(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(i % 14 == 0 ? ". " : " ");
            }
            text.append(random.nextInt(5) == 0 ? TOPIC[zipf(TOPIC.length)] : filler[zipf(filler.length)]);
        }
        return text.append('.').toString();
    }

    void generate() {
        Instant base = Instant.parse("2022-01-01T00:00:00Z");
        String articleSql = "insert into article (version, created_at, updated_at, title, byline, site_name,"
                + " published_at, source_kind, content_format, content_hash, body_text, body_html, word_count,"
                + " status, imported_by, minhash) values (0, ?, ?, ?, ?, ?, ?, 'PASTE', 'text', ?, ?, '', ?,"
                + " ?, 'bench', '')";
        for (int start = 0; start < articles; start += 2_000) {
            var rows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(articles, start + 2_000); i++) {
                var when = Timestamp.from(base.plusSeconds(i * (4L * 365 * 86400 / Math.max(1, articles))));
                // Every 50th a long read (2,000-4,000 words, beyond what highlighting reads).
                int length = i % 50 == 0 ? 2_000 + random.nextInt(2_000) : 150 + random.nextInt(250);
                rows.add(new Object[] {
                    when,
                    when,
                    words(6 + random.nextInt(5)),
                    "Author " + random.nextInt(300),
                    SITES[zipf(SITES.length)],
                    when,
                    "h" + i,
                    words(length),
                    length,
                    // Some archived articles, which only editors find.
                    i % 29 == 0 ? "ARCHIVED" : "ACTIVE"
                });
            }
            jdbc.batchUpdate(articleSql, rows);
        }
        var claimants = new ArrayList<Object[]>();
        for (int i = 0; i < 300; i++) {
            claimants.add(new Object[] {"Claimant " + i, "claimant " + i});
        }
        jdbc.batchUpdate(
                "insert into claimant (version, created_at, updated_at, name, name_key, kind)"
                        + " values (0, current_timestamp, current_timestamp, ?, ?, 'ORGANIZATION')",
                claimants);
        long firstClaimant = jdbc.queryForObject("select min(id) from claimant", Long.class);
        String claimSql = "insert into claim (version, created_at, updated_at, text, claimant_id, claim_date, status,"
                + " created_by, verdict) values (0, ?, ?, ?, ?, ?, ?, 'bench', ?)";
        for (int start = 0; start < claims; start += 5_000) {
            var rows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(claims, start + 5_000); i++) {
                var when = Timestamp.from(base.plusSeconds(i * (4L * 365 * 86400 / Math.max(1, claims))));
                boolean verified = random.nextInt(4) == 0;
                rows.add(new Object[] {
                    when,
                    when,
                    words(10 + random.nextInt(15)),
                    firstClaimant + random.nextInt(300),
                    Date.valueOf(LocalDate.ofInstant(when.toInstant(), ZoneOffset.UTC)),
                    verified ? "VERIFIED" : "IN_REVIEW",
                    verified ? VERDICTS[random.nextInt(VERDICTS.length)] : null
                });
            }
            jdbc.batchUpdate(claimSql, rows);
        }
    }
}
