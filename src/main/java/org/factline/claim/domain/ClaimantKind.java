package org.factline.claim.domain;

public enum ClaimantKind {
    PERSON,
    ORGANIZATION,
    GOVERNMENT,
    OTHER
}
