-- When the claim's current verdict was approved: the public verdict pages list the newest first.
alter table claim add column verified_at timestamp(6) with time zone;

update claim set verified_at = (
    select max(v.decided_at) from verdict v
    where v.claim_id = claim.id and v.state = 'APPROVED')
where status = 'VERIFIED';

create index ix_claim_verified_at on claim (status, verified_at);
