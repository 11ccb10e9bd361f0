-- The day a quote was said: its own said_on, else its article's publication day (in UTC, whatever the session's time
-- zone). Date filters (lists, search) and affiliation look-ups compare it. Worked out in each query from two tables,
-- no index could serve it: a month's first page read quotes newest first and joined each to its article until 51
-- fell in the month (p95 57 ms at 300k quotes, 141 ms with a speaker filter). Kept on the quote by two triggers, it is
-- indexed, and reading a quote's speakers with their affiliations no longer joins the article.
alter table quotes add column said_day date;

update quotes q
set said_day = coalesce(q.said_on, (a.published_at at time zone 'UTC')::date)
from articles a
where a.id = q.article_id;

create function quote_said_day() returns trigger
    language plpgsql
    as $$
    begin
        new.said_day := coalesce(new.said_on,
            (select (a.published_at at time zone 'UTC')::date from articles a where a.id = new.article_id));
        return new;
    end
    $$;

create trigger quotes_said_day
    before insert or update of said_on, article_id, said_day on quotes
    for each row execute function quote_said_day();

create function article_quotes_said_day() returns trigger
    language plpgsql
    as $$
    begin
        update quotes set said_day = (new.published_at at time zone 'UTC')::date
        where article_id = new.id and said_on is null;
        return null;
    end
    $$;

create trigger articles_quotes_said_day
    after update of published_at on articles
    for each row when (old.published_at is distinct from new.published_at)
    execute function article_quotes_said_day();

create index quotes_said_day on quotes (said_day, id) where retracted_at is null;

-- The same function as in 0003 and 0010, reading the stored day instead of the article.
create or replace function quote_candidates(query_shingles integer[], speaker bigint, from_day date, to_day date, wanted integer)
    returns table (id bigint, shared integer)
    language sql stable
    rows 25
    set enable_seqscan = off
    set max_parallel_workers_per_gather = 0
    set jit = off
    as $$
        select q.id, icount(q.shingles & query_shingles)
        from quotes q
        where q.shingles && query_shingles
          and q.retracted_at is null
          and (speaker is null or exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = speaker))
          and (from_day is null or q.said_day >= from_day)
          and (to_day is null or q.said_day <= to_day)
        order by 2 desc, q.id
        limit wanted
    $$;
