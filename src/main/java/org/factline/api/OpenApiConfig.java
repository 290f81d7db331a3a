package org.factline.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description springdoc generates from the controllers, with bearer-token security. */
@Configuration
class OpenApiConfig {

    static final String BEARER = "accessToken";

    @Bean
    OpenAPI factlineApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Factline API")
                        .version("v1")
                        .description("Articles, claims, votes, notes, evidence, verdicts, the timeline, search and"
                                + " users of a Factline workspace. Authenticate with a personal access token"
                                + " created on your profile page: 'Authorization: Bearer flt_…'. Read-only tokens"
                                + " may only GET. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token (flt_…)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
