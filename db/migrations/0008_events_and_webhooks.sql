-- The change feed and webhooks. Every audited change is an event: the audit log is the transactional outbox, written in
-- the change's own transaction. Each row now records its transaction id (xid8), and the feed is read in (transaction,
-- id) order, only as far as the oldest transaction still running: an event committed late by a concurrent transaction
-- is then never behind a cursor already handed out.

alter table audit_log add column tx xid8 not null default pg_current_xact_id();
create index audit_log_feed on audit_log (tx, id);

create table webhooks (
    id              bigint generated always as identity primary key,
    url             text not null check (url ~ '^https?://' and char_length(url) <= 2048),
    events          text[] not null check (cardinality(events) between 1 and 50),
    description     text check (char_length(description) <= 500),
    enabled         boolean not null default true,
    -- The signing secret (Standard Webhooks: whsec_ and base64); shown once, when made or rotated.
    secret          text not null,
    failing_since   timestamptz,
    disabled_reason text,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);

-- Where the dispatcher has fanned events out to deliveries: one row, locked by the instance doing it.
create table webhook_cursor (
    singleton boolean primary key default true check (singleton),
    tx        xid8 not null,
    event_id  bigint not null
);
insert into webhook_cursor (tx, event_id)
select coalesce(max(tx), '0'::xid8), coalesce(max(id), 0) from audit_log;

create table webhook_deliveries (
    id              bigint generated always as identity primary key,
    webhook_id      bigint not null references webhooks (id) on delete cascade,
    event_id        bigint not null references audit_log (id),
    event_tx        xid8 not null,
    resource        text not null,
    status          text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    created_at      timestamptz not null default now(),
    unique (webhook_id, event_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_order on webhook_deliveries (webhook_id, resource, event_tx, event_id) where status = 'pending';

create table webhook_attempts (
    id            bigint generated always as identity primary key,
    delivery_id   bigint not null references webhook_deliveries (id) on delete cascade,
    at            timestamptz not null default now(),
    status_code   integer,
    error         text check (char_length(error) <= 2000),
    duration_ms   integer not null
);
create index webhook_attempts_delivery on webhook_attempts (delivery_id, id);

alter table audit_log drop constraint audit_log_entity_check;
alter table audit_log add constraint audit_log_entity_check
    check (entity in ('article', 'speaker', 'affiliation', 'quote', 'outlet', 'key', 'claim', 'review', 'webhook'));
