-- The approved verdict of a verified claim, kept on the claim for lists and the search index.
ALTER TABLE claim ADD COLUMN verdict VARCHAR(20);

UPDATE claim SET verdict = (
    SELECT v.label FROM verdict v
    WHERE v.claim_id = claim.id AND v.state = 'APPROVED'
    ORDER BY v.id DESC
    FETCH FIRST 1 ROWS ONLY)
WHERE status = 'VERIFIED';
