package org.factline.article.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleOriginalRepository extends JpaRepository<ArticleOriginal, Long> {}
