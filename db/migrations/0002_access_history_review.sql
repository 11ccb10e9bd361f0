-- API keys and roles, an audit trail of every change, quote retraction and editorial review, idempotent POSTs.

create table api_keys (
    id         bigint generated always as identity primary key,
    name       text not null check (char_length(name) between 1 and 200),
    role       text not null check (role in ('reader', 'editor', 'admin')),
    -- SHA-256 of the secret: keys are 256 random bits, so a fast hash is enough and the secret is never stored.
    key_hash   bytea not null unique check (octet_length(key_hash) = 32),
    key_prefix text not null,
    created_at timestamptz not null default now(),
    revoked_at timestamptz
);

-- Who changed what, when, with the representation before and after; written in the same transaction as the change.
create table audit_log (
    id         bigint generated always as identity primary key,
    entity     text not null check (entity in ('article', 'speaker', 'affiliation', 'quote')),
    entity_id  bigint not null,
    action     text not null check (action in ('create', 'update', 'delete', 'retract', 'review')),
    key_id     bigint references api_keys (id),
    actor      text not null check (char_length(actor) between 1 and 200),
    at         timestamptz not null default now(),
    before     jsonb,
    after      jsonb,
    constraint audit_has_a_state check (before is not null or after is not null)
);
create index audit_log_entity on audit_log (entity, entity_id, id);

alter table quotes
    add column retracted_at      timestamptz,
    add column retraction_reason text check (char_length(retraction_reason) between 1 and 2000),
    add column retracted_by      text,
    add column review_status     text not null default 'unverified' check (review_status in ('unverified', 'verified', 'disputed')),
    add column review_note       text check (char_length(review_note) between 1 and 2000),
    add column reviewed_by       text,
    add column reviewed_at       timestamptz,
    add constraint retraction_has_a_reason check ((retracted_at is null) = (retraction_reason is null)
                                                  and (retracted_at is null) = (retracted_by is null)),
    add constraint review_has_a_reviewer check ((reviewed_at is null) = (reviewed_by is null));
create index quotes_active_id on quotes (id) where retracted_at is null;

-- The first response to a POST carrying an Idempotency-Key, replayed to retries by the same client.
create table idempotent_requests (
    actor        text not null,
    key          text not null check (char_length(key) between 1 and 200),
    request_hash bytea not null,
    status_code  integer,
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (actor, key)
);
