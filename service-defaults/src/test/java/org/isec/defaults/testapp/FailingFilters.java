package org.isec.defaults.testapp;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Errors raised outside any controller, as a servlet filter or the container produces them. */
@Configuration(proxyBeanMethods = false)
class FailingFilters {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> teapotFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws IOException {
                response.sendError(418);
            }
        });
        registration.addUrlPatterns("/api/test/teapot");
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> explodingFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException {
                throw new ServletException("filter exploded with internal detail");
            }
        });
        registration.addUrlPatterns("/api/test/exploding");
        return registration;
    }
}
