package org.factline.worthiness.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ThresholdRepository extends JpaRepository<Threshold, String> {}
