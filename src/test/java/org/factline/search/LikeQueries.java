package org.factline.search;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Locale;
import java.util.StringJoiner;
import org.factline.search.ParsedQuery.Part;
import org.springframework.jdbc.core.JdbcTemplate;

/** The search benchmark's baseline: its queries as SQL {@code LIKE '%…%'} on the same database. */
final class LikeQueries {

    private final JdbcTemplate jdbc;

    LikeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The same query as SQL: every word in the title or text (LIKE), filters as columns. */
    int like(String q) {
        ParsedQuery parsed = QuerySyntax.parse(q);
        var articleWhere = new StringJoiner(" and ", " where ", "");
        var claimWhere = new StringJoiner(" and ", " where ", "");
        var articleArgs = new ArrayList<Object>();
        var claimArgs = new ArrayList<Object>();
        boolean articles = true;
        boolean claims = true;
        articleWhere.add("status = 'ACTIVE'");
        claimWhere.add("1 = 1");
        for (ParsedQuery.Group group : parsed.groups()) {
            var a = new StringJoiner(" or ", "(", ")");
            var c = new StringJoiner(" or ", "(", ")");
            for (Part part : group.alternatives()) {
                switch (part) {
                    case Part.Filter f
                    when f.field() == SearchFilter.TYPE -> {
                        articles &= f.value().equals("article");
                        claims &= f.value().equals("claim");
                        a.add("1 = 1");
                        c.add("1 = 1");
                    }
                    case Part.Filter f
                    when f.field() == SearchFilter.VERDICT -> {
                        articles = false;
                        c.add("verdict = ?");
                        claimArgs.add(f.value().toUpperCase(Locale.ROOT));
                        a.add("1 = 0");
                    }
                    case Part.Filter f
                    when f.from() != null -> {
                        a.add("published_at >= ?");
                        articleArgs.add(Date.valueOf(f.from()));
                        c.add("claim_date >= ?");
                        claimArgs.add(Date.valueOf(f.from()));
                    }
                    case Part.Filter f -> {
                        a.add("1 = 1");
                        c.add("1 = 1");
                    }
                    default -> {
                        String text = switch (part) {
                            case Part.Word w -> w.text();
                            case Part.Phrase p -> p.text();
                            case Part.Prefix p -> p.text();
                            default -> "";
                        };
                        String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
                        a.add("(lower(title) like ? or lower(body_text) like ?)");
                        articleArgs.add(pattern);
                        articleArgs.add(pattern);
                        c.add("lower(text) like ?");
                        claimArgs.add(pattern);
                    }
                }
            }
            articleWhere.add((group.negated() ? "not " : "") + a);
            claimWhere.add((group.negated() ? "not " : "") + c);
        }
        int found = 0;
        if (articles) {
            found += jdbc.queryForObject(
                    "select count(*) from article" + articleWhere, Integer.class, articleArgs.toArray());
            found += jdbc.queryForList(
                            "select id from article" + articleWhere + " order by published_at desc limit 20",
                            Long.class,
                            articleArgs.toArray())
                    .size();
        }
        if (claims) {
            found += jdbc.queryForObject("select count(*) from claim" + claimWhere, Integer.class, claimArgs.toArray());
            found += jdbc.queryForList(
                            "select id from claim" + claimWhere + " order by claim_date desc limit 20",
                            Long.class,
                            claimArgs.toArray())
                    .size();
        }
        return found;
    }
}
