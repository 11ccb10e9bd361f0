-- Misquote-tolerant search. A quote's words are case-, accent- and punctuation-folded; its shingles are the hashes of
-- its consecutive pairs of content words, stop words skipped. A quote that circulates altered keeps most of its pairs
-- (stop words dropped, added or swapped change none), and such pairs are rare enough to make short GIN posting lists.

create extension if not exists intarray;

create function quote_words(value text) returns text[]
    language sql immutable parallel safe strict
    return array_remove(regexp_split_to_array(
        trim(regexp_replace(lower(immutable_unaccent(value)), '[^[:alnum:]]+', ' ', 'g')), ' '), '');

create function is_stop_word(word text) returns boolean
    language sql immutable parallel safe strict
    return word = any ('{a,an,and,are,as,at,be,been,but,by,for,from,had,has,have,he,her,his,i,if,in,into,is,it,its,
        me,my,no,not,of,on,or,our,s,she,so,t,that,the,their,them,then,there,they,this,to,was,we,were,what,when,which,
        who,will,with,would,you,your}'::text[]);

create function quote_shingles(value text) returns integer[]
    language sql immutable parallel safe strict
    return (
        select coalesce(array_agg(distinct hashtext(pair.first || ' ' || pair.second)), '{}')
        from (
            select w as first, lead(w) over (order by n) as second
            from unnest(quote_words(value)) with ordinality as t (w, n)
            where not is_stop_word(w)
        ) pair
        where pair.second is not null
    );

alter table quotes add column shingles integer[] generated always as (quote_shingles(text)) stored;
create index quotes_shingles on quotes using gin (shingles gin__int_ops);

-- The quotes sharing the most shingles with a text. intarray estimates `&&` far too high for rare pairs (a default
-- frequency for elements outside the statistics), so left to itself the planner prefers a sequential scan even
-- when the index finds a handful of rows, and the inflated cost also triggers JIT compilation (40 ms at a million
-- quotes, for a query that reads a hundred rows). This function turns both off for its own query only.
create function quote_candidates(query_shingles integer[], speaker bigint, from_day date, to_day date, wanted integer)
    returns table (id bigint, shared integer)
    language sql stable
    set enable_seqscan = off
    set max_parallel_workers_per_gather = 0
    set jit = off
    as $$
        select q.id, icount(q.shingles & query_shingles)
        from quotes q
        where q.shingles && query_shingles
          and q.retracted_at is null
          and (speaker is null or exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = speaker))
          -- The article is only read when a date filter asks for it: a join would be planned for the inflated estimate.
          and (from_day is null and to_day is null or exists (
                select 1 from articles a
                where a.id = q.article_id
                  and coalesce(q.said_on, a.published_at::date) between coalesce(from_day, '-infinity') and coalesce(to_day, 'infinity')))
        order by 2 desc, q.id
        limit wanted
    $$;
