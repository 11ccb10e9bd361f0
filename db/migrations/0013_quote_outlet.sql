-- A quote also keeps its article's outlet, so that "the quotes of an outlet, newest first" reads one index in order. With
-- the outlet only on the article, the first page of the biggest outlet walked quotes newest first and looked up each
-- one's article until 51 were the outlet's: at a million quotes 60,000 look-ups, p95 367 ms (bench/run.sh). The
-- triggers of 0012 become one pair that keeps both facts of the article on its quotes.
alter table quotes add column outlet_id bigint;

update quotes q
set outlet_id = a.outlet_id
from articles a
where a.id = q.article_id and a.outlet_id is not null;

drop trigger quotes_said_day on quotes;
drop trigger articles_quotes_said_day on articles;
drop function quote_said_day();
drop function article_quotes_said_day();

-- The day a quote was said (its said_on, else its article's publication day in UTC) and its article's outlet.
create function quote_article_facts() returns trigger
    language plpgsql
    as $$
    begin
        select coalesce(new.said_on, (a.published_at at time zone 'UTC')::date), a.outlet_id
        into new.said_day, new.outlet_id
        from articles a where a.id = new.article_id;
        return new;
    end
    $$;

create trigger quotes_article_facts
    before insert or update of said_on, article_id, said_day, outlet_id on quotes
    for each row execute function quote_article_facts();

create function article_quotes_facts() returns trigger
    language plpgsql
    as $$
    begin
        update quotes set said_day = coalesce(said_on, (new.published_at at time zone 'UTC')::date), outlet_id = new.outlet_id
        where article_id = new.id;
        return null;
    end
    $$;

create trigger articles_quotes_facts
    after update of published_at, outlet_id on articles
    for each row when (old.published_at is distinct from new.published_at or old.outlet_id is distinct from new.outlet_id)
    execute function article_quotes_facts();

-- Quotes of an outlet, newest first; no foreign key of its own: the article's holds the outlet.
create index quotes_outlet on quotes (outlet_id, id) where retracted_at is null;
