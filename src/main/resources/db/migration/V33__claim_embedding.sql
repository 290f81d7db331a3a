-- The sentence embedding of each claim's text (384 little-endian floats), so rebuilding the search
-- index needs no model run; null until the embedding module has computed it (in the background).
alter table claim add column embedding bytea;
