package org.factline.loadtest;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /loadtest/stats[?gc=true]} for an admin; exists only in the loadtest profile. */
@RestController
@Profile("loadtest")
class LoadTestEndpoint {

    private final LoadTestStats stats;

    LoadTestEndpoint(LoadTestStats stats) {
        this.stats = stats;
    }

    @GetMapping("/loadtest/stats")
    LoadTestSnapshot stats(@RequestParam(defaultValue = "false") boolean gc) {
        return stats.snapshot(gc);
    }
}
