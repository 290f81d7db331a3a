package org.factline.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class ApiWebConfig implements WebMvcConfigurer {

    private final ApiRateLimiter rateLimiter;

    ApiWebConfig(ApiRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rateLimiter).addPathPatterns(ApiSecurityConfig.API_PATHS);
    }
}
