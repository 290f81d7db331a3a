package org.factline.claim;

import java.util.List;

public record ClaimDetail(ClaimSummary summary, List<AppearanceSummary> appearances) {}
