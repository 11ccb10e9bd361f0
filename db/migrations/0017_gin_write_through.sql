-- A GIN index takes new rows into a pending list (fastupdate) and merges them into the index later, in batches: when the
-- list outgrows gin_pending_list_limit (4 MB) or a vacuum runs. Until then every search that uses the index reads the
-- whole list, row by row. After about 6,000 quotes written through POST /quotes at a million quotes, the list held 46
-- pages, and quote_candidates() ran 7 times slower (pgbench, 4 clients: 538 tps against 3,787 once the list was merged);
-- the service's search, which runs it, went from ~700 to ~430 requests a second, and stayed slower until a vacuum.
-- Searches are what this service is for; writes come one quote (or one import) at a time: every GIN index now writes
-- its entries straight into the index. A write pays for it, \copy of 100,000 quotes into an empty table took 50 s
-- against 34 s, and POST /quotes did not slow measurably (1,891 and 2,114 req/s against 1,731 and 2,030 with the list).
alter index quotes_search set (fastupdate = off);
alter index quotes_shingles set (fastupdate = off);
alter index claims_search set (fastupdate = off);
alter index claims_shingles set (fastupdate = off);
alter index speakers_alias_keys set (fastupdate = off);
alter index speakers_search_trgm set (fastupdate = off);
-- What is pending already is merged now.
select gin_clean_pending_list(c.oid)
from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
where am.amname = 'gin' and i.indrelid in ('quotes'::regclass, 'claims'::regclass, 'speakers'::regclass);
