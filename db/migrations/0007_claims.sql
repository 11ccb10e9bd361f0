-- Claims and fact-checks. A claim is a checkable statement as a checker words it, who made it (claimants), and where
-- it appeared: the stored quotes that make it (exact spans) and articles known to carry it (from ClaimReview feeds).
-- Fact-checks (claim reviews) are the verdicts publishers gave it, on a rating scale of their own.

create table claims (
    id                bigint generated always as identity primary key,
    text              text not null check (char_length(text) between 1 and 2000),
    language          text check (language ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    retracted_at      timestamptz,
    retraction_reason text check (char_length(retraction_reason) between 1 and 2000),
    retracted_by      text,
    search            tsvector generated always as (to_tsvector('simple', immutable_unaccent(text))) stored,
    shingles          integer[] generated always as (quote_shingles(text)) stored,
    constraint claim_retraction_has_a_reason check ((retracted_at is null) = (retraction_reason is null)
                                                    and (retracted_at is null) = (retracted_by is null))
);
create index claims_shingles on claims using gin (shingles gin__int_ops);
create index claims_search on claims using gin (search);

create table claim_claimants (
    claim_id   bigint not null references claims (id),
    speaker_id bigint not null references speakers (id),
    position   smallint not null check (position >= 0),
    primary key (claim_id, speaker_id),
    unique (claim_id, position)
);
create index claim_claimants_speaker on claim_claimants (speaker_id, claim_id);

-- A quote can make several claims; a claim appears in several quotes.
create table claim_quotes (
    claim_id  bigint not null references claims (id),
    quote_id  bigint not null references quotes (id),
    linked_at timestamptz not null default now(),
    primary key (claim_id, quote_id)
);
create index claim_quotes_quote on claim_quotes (quote_id, claim_id);

-- Articles known to carry the claim without a stored quote (ClaimReview's itemReviewed.appearance).
create table claim_appearances (
    claim_id   bigint not null references claims (id),
    article_id bigint not null references articles (id),
    primary key (claim_id, article_id)
);

create table claim_reviews (
    id             bigint generated always as identity primary key,
    claim_id       bigint not null references claims (id),
    publisher_id   bigint not null references outlets (id),
    url            text not null check (url ~ '^https://' and char_length(url) <= 2048),
    title          text check (char_length(title) between 1 and 1000),
    author         text check (char_length(author) between 1 and 300),
    review_date    date not null,
    textual_rating text not null check (char_length(textual_rating) between 1 and 200),
    rating_value   integer,
    best_rating    integer,
    worst_rating   integer,
    explanation    text check (char_length(explanation) <= 10000),
    language       text check (language ~ '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint review_scale_is_whole check ((best_rating is null) = (worst_rating is null)),
    constraint review_scale_is_ordered check (worst_rating < best_rating),
    constraint review_rating_in_scale check (rating_value is null or (best_rating is not null and rating_value between worst_rating and best_rating)),
    unique (claim_id, url)
);
create index claim_reviews_claim on claim_reviews (claim_id, review_date desc, id desc);
create index claim_reviews_publisher on claim_reviews (publisher_id);

alter table audit_log drop constraint audit_log_entity_check;
alter table audit_log add constraint audit_log_entity_check
    check (entity in ('article', 'speaker', 'affiliation', 'quote', 'outlet', 'key', 'claim', 'review'));
