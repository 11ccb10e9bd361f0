-- Search shingles were hashtext() of word pairs: an internal function whose output PostgreSQL does not promise across
-- major versions, stored in every row. They are now the first 32 bits of the pair's MD5, which is defined once and for
-- all; the column is recomputed.

create function pair_hash(pair text) returns integer
    language sql immutable parallel safe strict
    return ('x' || left(md5(pair), 8))::bit(32)::integer;

alter table quotes drop column shingles;

create or replace function quote_shingles(value text) returns integer[]
    language sql immutable parallel safe strict
    return (
        select coalesce(array_agg(distinct pair_hash(pair.first || ' ' || pair.second)), '{}')
        from (
            select w as first, lead(w) over (order by n) as second
            from unnest(quote_words(value)) with ordinality as t (w, n)
            where not is_stop_word(w)
        ) pair
        where pair.second is not null
    );

alter table quotes add column shingles integer[] generated always as (quote_shingles(text)) stored;
create index quotes_shingles on quotes using gin (shingles gin__int_ops);

-- Words are split and folded by lower() and regular expressions, which follow the database's LC_CTYPE. The one they
-- were computed under is kept here; the service refuses to start on a database whose LC_CTYPE differs.
create table database_settings (
    name  text primary key,
    value text not null
);
insert into database_settings (name, value)
select 'lc_ctype', datctype from pg_database where datname = current_database();
