package org.factline.note;

import org.factline.claim.ClaimLink;
import org.factline.note.domain.EvidenceRow;

/** One line of the evidence export: an item with the claim it is evidence on. */
record ExportedEvidence(ClaimLink claim, EvidenceRow evidence) {}
