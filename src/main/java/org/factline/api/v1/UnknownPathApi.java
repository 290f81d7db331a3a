package org.factline.api.v1;

import io.swagger.v3.oas.annotations.Hidden;
import org.factline.base.ItemNotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path under /api answers a 404 problem, never the app's HTML pages. */
@RestController
@Hidden
class UnknownPathApi {

    @RequestMapping("/api/**")
    void unknown() {
        throw new ItemNotFoundException("There is no such API path. The paths are listed at /v3/api-docs.");
    }
}
