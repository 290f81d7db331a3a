package org.factline.worthiness.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Marks check-worthy sentences in the article text with the CSS Custom Highlight API: ranges over
 * the existing text, so the sanitized article HTML is never rewritten. Browsers without the API
 * simply show no marks (the side list still works).
 */
final class TriageHighlights {

    record Mark(String text, String tier) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SCRIPT = """
            window.factlineTriage = window.factlineTriage || {
              index(body) {
                const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                let text = '', map = [], space = true;
                for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                  const v = n.nodeValue;
                  for (let i = 0; i < v.length; i++) {
                    const white = /\\s/.test(v[i]);
                    if (white && space) continue;
                    text += white ? ' ' : v[i];
                    map.push([n, i]);
                    space = white;
                  }
                }
                return {text, map};
              },
              range(idx, sentence) {
                const needle = sentence.replace(/\\s+/g, ' ').trim();
                const at = needle ? idx.text.indexOf(needle) : -1;
                if (at < 0) return null;
                const s = idx.map[at], e = idx.map[at + needle.length - 1];
                const r = document.createRange();
                r.setStart(s[0], s[1]);
                r.setEnd(e[0], e[1] + 1);
                return r;
              },
              mark(body, marks) {
                if (!body || !window.CSS || !CSS.highlights) return;
                const idx = this.index(body), groups = {strong: [], near: []};
                for (const m of marks) {
                  const r = this.range(idx, m.text);
                  if (r) groups[m.tier].push(r);
                }
                CSS.highlights.set('cw-strong', new Highlight(...groups.strong));
                CSS.highlights.set('cw-near', new Highlight(...groups.near));
              },
              clear() {
                if (window.CSS && CSS.highlights) { CSS.highlights.delete('cw-strong'); CSS.highlights.delete('cw-near'); }
              },
              show(body, sentence) {
                if (!body) return;
                const r = this.range(this.index(body), sentence);
                if (!r) return;
                r.startContainer.parentElement.scrollIntoView({block: 'center', behavior: 'smooth'});
                if (window.CSS && CSS.highlights) {
                  CSS.highlights.set('cw-focus', new Highlight(r));
                  setTimeout(() => CSS.highlights.delete('cw-focus'), 2500);
                }
              }
            };
            """;

    private static final String BODY =
            "const body = this.parentElement && this.parentElement.querySelector('.reader-body');";

    private TriageHighlights() {}

    static void mark(Component panel, List<Mark> marks) {
        panel.getElement()
                .executeJs(
                        SCRIPT + BODY + "window.factlineTriage.mark(body, JSON.parse($0));",
                        JSON.writeValueAsString(marks));
    }

    static void clear(Component panel) {
        panel.getElement().executeJs(SCRIPT + "window.factlineTriage.clear();");
    }

    static void show(Component panel, String sentence) {
        panel.getElement().executeJs(SCRIPT + BODY + "window.factlineTriage.show(body, $0);", sentence);
    }
}
