package org.isec.membership.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    @Bean
    OpenAPI membershipOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ISEC membership").version("v1").description("""
                        Joining the I.S.E.C. consortium by accepting its ethics charter (the ten UN Global Compact \
                        principles and the operating rules), operators' decisions, the member directory, standing \
                        and ethics reports. Errors are RFC 9457 problem+json; a 422 lists every bad field in \
                        `errors`. Events: topic isec.membership (see the AsyncAPI document)."""))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Access token from Keycloak realm isec")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
