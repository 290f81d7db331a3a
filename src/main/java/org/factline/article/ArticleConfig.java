package org.factline.article;

import org.factline.article.extract.ArticleExtractor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({ImportProperties.class, FeedProperties.class, ImportJobProperties.class})
class ArticleConfig {

    @Bean
    ArticleExtractor articleExtractor(ImportProperties properties) {
        return new ArticleExtractor(properties.maxBytes());
    }
}
