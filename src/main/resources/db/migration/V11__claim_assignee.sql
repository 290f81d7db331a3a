-- Claims list at scale: who works on a claim (the assignee column exists since V4) and the vote
-- figures the list sorts by, kept on the claim row by the vote service in the transaction of each
-- vote, so "most votes" and "most disputed" read an index instead of aggregating every vote.

alter table claim add column vote_count integer default 0 not null;
-- Standard deviation of the scored votes (1 = false … 5 = true; unverifiable left out), only when
-- at least two votes are scored; null otherwise, and such claims sort last under "most disputed".
alter table claim add column vote_dispersion double precision;

update claim set vote_count = (select count(*) from vote v where v.claim_id = claim.id);
update claim set vote_dispersion = (
    select stddev_pop(case v.verdict
                          when 'TRUE' then 5
                          when 'MOSTLY_TRUE' then 4
                          when 'MIXED' then 3
                          when 'MOSTLY_FALSE' then 2
                          when 'FALSE' then 1
                      end)
    from vote v
    where v.claim_id = claim.id
    having count(case when v.verdict <> 'UNVERIFIABLE' then 1 end) >= 2);

-- "Assigned to me" / "unassigned", newest first.
create index ix_claim_assignee on claim (assignee, created_at);
-- The two vote sorts, in the order the list asks for them (ties: more votes, then newest).
create index ix_claim_vote_count on claim (vote_count desc, id desc);
create index ix_claim_vote_dispersion on claim (vote_dispersion desc nulls last, vote_count desc, id desc);
-- "Needs my vote": has this person voted on that claim (anti-join from either side).
create index ix_vote_username on vote (username, claim_id);
