-- Core schema: outlets, articles, speakers, affiliations, quotes and who said them.
-- Lengths, kinds, formats and relations are enforced here, not only in the API.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE (it reads a dictionary); pinning the dictionary makes it safe to index.
create function immutable_unaccent(value text) returns text
    language sql immutable parallel safe strict
    return public.unaccent('public.unaccent'::regdictionary, value);

-- The key names and aliases are compared by: case- and accent-insensitive.
create function search_key(value text) returns text
    language sql immutable parallel safe strict
    return lower(immutable_unaccent(value));

create function search_keys(names text[]) returns text[]
    language sql immutable parallel safe strict
    return array(select search_key(n) from unnest(names) n);

-- One searchable line of a speaker's name and aliases, for substring search (array_to_string is only STABLE).
create function speaker_search_text(name text, aliases text[]) returns text
    language sql immutable parallel safe
    return search_key(name || ' ' || array_to_string(aliases, ' '));

-- A LIKE pattern that matches the value literally anywhere in a string.
create function contains_pattern(value text) returns text
    language sql immutable parallel safe strict
    return '%' || replace(replace(replace(value, '\', '\\'), '%', '\%'), '_', '\_') || '%';

create table outlets (
    id         bigint generated always as identity primary key,
    name       text not null check (char_length(name) between 1 and 200),
    domain     text unique check (domain ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$'),
    country    text check (country ~ '^[A-Z]{2}$'),
    created_at timestamptz not null default now()
);

create table articles (
    id           bigint generated always as identity primary key,
    url          text not null unique check (url ~ '^https?://' and char_length(url) <= 2048),
    title        text check (char_length(title) between 1 and 1000),
    outlet_id    bigint references outlets (id),
    published_at timestamptz,
    authors      text[] not null default '{}' check (cardinality(authors) <= 50),
    language     text check (language ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
    body         text check (char_length(body) <= 1000000),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);
create index articles_outlet_id on articles (outlet_id, id);

create table speakers (
    id          bigint generated always as identity primary key,
    kind        text not null check (kind in ('person', 'organisation', 'group', 'anonymous')),
    name        text not null check (char_length(name) between 1 and 300),
    aliases     text[] not null default '{}' check (cardinality(aliases) <= 50),
    wikidata_id text unique check (wikidata_id ~ '^Q[1-9][0-9]{0,11}$'),
    description text check (char_length(description) <= 2000),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint anonymous_speakers_have_no_wikidata_id check (kind <> 'anonymous' or wikidata_id is null)
);
create index speakers_name_key on speakers (search_key(name));
create index speakers_alias_keys on speakers using gin (search_keys(aliases));
create index speakers_search_trgm on speakers using gin (speaker_search_text(name, aliases) gin_trgm_ops);

create table affiliations (
    id           bigint generated always as identity primary key,
    speaker_id   bigint not null references speakers (id),
    organisation text not null check (char_length(organisation) between 1 and 300),
    role         text check (char_length(role) between 1 and 300),
    valid_from   date,
    valid_to     date,
    created_at   timestamptz not null default now(),
    constraint affiliation_range_is_ordered check (valid_from is null or valid_to is null or valid_from <= valid_to)
);
create index affiliations_speaker_id on affiliations (speaker_id, id);

create table quotes (
    id                 bigint generated always as identity primary key,
    article_id         bigint not null references articles (id),
    text               text not null check (char_length(text) between 1 and 10000),
    kind               text not null check (kind in ('direct', 'partial', 'indirect')),
    verb               text check (char_length(verb) between 1 and 100),
    -- Offsets into articles.body in Unicode code points, end exclusive (W3C TextPositionSelector).
    start_offset       integer check (start_offset >= 0),
    end_offset         integer,
    -- W3C TextQuoteSelector captured when the span was last anchored, to find it again after corrections.
    selector_exact     text,
    selector_prefix    text,
    selector_suffix    text,
    stated_affiliation text check (char_length(stated_affiliation) between 1 and 500),
    said_on            date,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    search             tsvector generated always as (to_tsvector('simple', immutable_unaccent(text))) stored,
    constraint quote_offsets_come_in_pairs check ((start_offset is null) = (end_offset is null)),
    constraint quote_span_is_not_empty check (end_offset > start_offset),
    constraint quote_selector_is_whole check ((selector_exact is null) = (selector_prefix is null)
                                              and (selector_exact is null) = (selector_suffix is null))
);
create index quotes_article_id on quotes (article_id, id);
create index quotes_search on quotes using gin (search);

create table quote_speakers (
    quote_id   bigint not null references quotes (id) on delete cascade,
    speaker_id bigint not null references speakers (id),
    position   smallint not null check (position >= 0),
    role       text check (char_length(role) between 1 and 500),
    mention    text check (char_length(mention) between 1 and 200),
    primary key (quote_id, speaker_id),
    unique (quote_id, position)
);
create index quote_speakers_speaker_id on quote_speakers (speaker_id, quote_id);
