package org.factline.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every dependency in the build's SBOM has a licence of the allowed list in docs/licences.md (one
 * of them, when it offers a choice). No Spring context: it reads two files.
 */
class DependencyLicencesTest {

    private static final String SBOM = "/META-INF/sbom/application.cdx.json";

    @Test
    void every_dependency_has_an_allowed_licence() throws IOException {
        List<Pattern> allowed = allowedLicences();
        JsonNode components = sbom().path("components");
        assertThat(components.size()).as("the SBOM lists the dependencies").isGreaterThan(100);

        var refused = new ArrayList<String>();
        for (JsonNode component : components) {
            List<String> licences = licences(component);
            boolean ok = licences.stream()
                    .anyMatch(l -> allowed.stream().anyMatch(p -> p.matcher(l).matches()));
            if (!ok) {
                refused.add(component.path("group").asString() + ":"
                        + component.path("name").asString() + ":"
                        + component.path("version").asString() + " " + licences);
            }
        }
        assertThat(refused)
                .as("dependencies without an allowed licence (docs/licences.md)")
                .isEmpty();
    }

    @Test
    void the_allowed_list_refuses_what_it_should() throws IOException {
        List<Pattern> allowed = allowedLicences();
        for (String licence : List.of("GPL-3.0-only", "AGPL-3.0", "SSPL-1.0", "BUSL-1.1", "Proprietary")) {
            assertThat(allowed).as(licence).noneMatch(p -> p.matcher(licence).matches());
        }
        for (String licence : List.of("Apache-2.0", "MIT", "EPL-2.0", "LGPL-2.1-only", "BSD-3-Clause")) {
            assertThat(allowed).as(licence).anyMatch(p -> p.matcher(licence).matches());
        }
    }

    /** The SPDX ids, or the names where a POM gives none, or the SPDX expression. */
    private static List<String> licences(JsonNode component) {
        var result = new ArrayList<String>();
        for (JsonNode choice : component.path("licenses")) {
            JsonNode licence = choice.path("license");
            Optional.ofNullable(licence.path("id").stringValue(null))
                    .or(() -> Optional.ofNullable(licence.path("name").stringValue(null)))
                    .or(() -> Optional.ofNullable(choice.path("expression").stringValue(null)))
                    .ifPresent(result::add);
        }
        return result;
    }

    private static JsonNode sbom() throws IOException {
        try (InputStream in = DependencyLicencesTest.class.getResourceAsStream(SBOM)) {
            assertThat(in)
                    .as(
                            "the build writes the SBOM at generate-resources (cyclonedx-maven-plugin; skipped by Maven's -o)")
                    .isNotNull();
            return JsonMapper.builder().build().readTree(in);
        }
    }

    /** The second column of docs/licences.md's table, unescaped from Markdown. */
    static List<Pattern> allowedLicences() throws IOException {
        var patterns = new ArrayList<Pattern>();
        for (String line : Files.readAllLines(Path.of("docs/licences.md"))) {
            var cell = Pattern.compile("^\\|[^|]+\\| `(.+)` \\|$").matcher(line.replace("\\|", "\u0000"));
            if (cell.matches()) {
                patterns.add(Pattern.compile(cell.group(1).replace('\u0000', '|'), Pattern.CASE_INSENSITIVE));
            }
        }
        assertThat(patterns).as("docs/licences.md lists the allowed licences").hasSizeGreaterThan(5);
        return patterns;
    }
}
