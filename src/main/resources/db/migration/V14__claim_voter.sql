-- Who has voted on which claim, owned by the claim module: the claims list's "needs my vote"
-- filter reads it instead of the vote module's table. Written with the vote figures in each
-- vote's transaction (under the claim's row lock); filled here from the votes cast so far.
create table claim_voter (
    claim_id bigint      not null references claim (id) on delete cascade,
    username varchar(40) not null,
    primary key (claim_id, username)
);
-- "Needs my vote": has this person voted on that claim (anti-join from either side).
create index ix_claim_voter_username on claim_voter (username, claim_id);

insert into claim_voter (claim_id, username) select claim_id, username from vote;
