package org.isec.defaults.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/** RFC 9457 problem+json for everything a servlet service can answer with an error. */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class},
        after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
public class ProblemAutoConfiguration {

    /** Before the security filters, so an oversized body is refused before anything reads it. */
    static final int BODY_LIMIT_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /**
     * Request bodies are read strictly: {@link StrictInput}'s rules for text, numbers and dates; 1.5 is not an
     * integer and 2 is not a boolean (Jackson would truncate and coerce).
     */
    @Bean
    JsonMapperBuilderCustomizer isecStrictInput() {
        return builder -> builder.addModule(new StrictInput())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    /** Being a ResponseEntityExceptionHandler, it also stands in for Boot's spring.mvc.problemdetails handler. */
    @Bean
    ProblemHandler isecProblemHandler(WebProperties properties) {
        return new ProblemHandler(properties.maxBodySize().toBytes());
    }

    @Bean
    @ConditionalOnMissingBean(org.springframework.boot.webmvc.error.ErrorController.class)
    ProblemErrorController isecErrorController(ErrorAttributes errorAttributes, ProblemWriter writer) {
        return new ProblemErrorController(errorAttributes, writer);
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> isecBodySizeLimitFilter(WebProperties properties,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipart, ProblemWriter writer) {
        var registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(properties.maxBodySize().toBytes(), multipart.toBytes(), writer));
        registration.setOrder(BODY_LIMIT_FILTER_ORDER);
        return registration;
    }

    /** Bean Validation messages and problem titles speak the same language: Italian or English. */
    @Bean
    @ConditionalOnMissingBean(name = "localeResolver")
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Locale.ITALIAN));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
