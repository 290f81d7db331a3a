package org.factline.article;

import java.time.Duration;

/** What a person sets on a saved feed. */
public record FeedForm(String address, Duration interval, boolean active) {}
