-- quote_candidates() was a SQL function that cannot be inlined (it sets enable_seqscan and friends), so every search
-- planned its query again (about 0.3 ms with a 30-pair array), then the service joined quotes again for their text. As
-- PL/pgSQL its query is planned once per session and reused (the settings still hold while it runs: a custom plan for a
-- long array of common pairs would read the whole table in parallel), and it returns the text with the id. The service
-- now computes the text's word pairs itself (SearchWords.Shingles, the same words and hashes as quote_shingles()).
-- pgbench, one client, a benchmark query's pairs a transaction, with the text: 1.5-1.6 ms before, 0.9-1.0 ms after.
drop function quote_candidates(integer[], bigint, date, date, integer);

create function quote_candidates(query_shingles integer[], speaker bigint, from_day date, to_day date, wanted integer)
    returns table (id bigint, text text, shared integer)
    language plpgsql stable
    rows 25
    set enable_seqscan = off
    set max_parallel_workers_per_gather = 0
    set jit = off
    as $$
    begin
        return query
        select q.id, q.text, icount(q.shingles & query_shingles)
        from quotes q
        where q.shingles && query_shingles
          and q.retracted_at is null
          and (speaker is null or exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = speaker))
          and (from_day is null or q.said_day >= from_day)
          and (to_day is null or q.said_day <= to_day)
        order by 3 desc, q.id
        limit wanted;
    end
    $$;
