package org.factline.security.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {}
