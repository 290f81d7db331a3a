package org.factline.note;

/** A note or evidence item of the claim was added, changed or deleted (open claim pages refresh). */
public record NotesChanged(long claimId) {}
