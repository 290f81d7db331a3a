package org.factline.publish.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Thymeleaf renders the public pages, all of them HTML. Left alone it takes a page's type from its
 * address's extension, so the notice for {@code /published/feed.atom?page=x} would be sent as
 * Atom: the views always say {@code text/html} instead.
 */
@Configuration(proxyBeanMethods = false)
class HtmlViews {

    @Bean
    static BeanPostProcessor htmlOnlyThymeleafViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setForceContentType(true);
                }
                return bean;
            }
        };
    }
}
