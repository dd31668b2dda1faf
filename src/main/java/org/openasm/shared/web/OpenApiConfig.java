package org.openasm.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description, with HTTP Basic declared so Swagger UI can sign in ("Authorize"). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	@Bean
	OpenAPI openAsmApi() {
		return new OpenAPI()
			.info(new Info().title("OpenASM API")
				.version("v1")
				.description("Managing artisanal and small-scale mining the way the IGF guidance describes. Errors are RFC 9457 "
						+ "problem details; creates accept an Idempotency-Key header; edits carry the version they were made on."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
