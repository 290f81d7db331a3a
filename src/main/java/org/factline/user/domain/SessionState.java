package org.factline.user.domain;

public record SessionState(long sessionEpoch, boolean enabled) {}
