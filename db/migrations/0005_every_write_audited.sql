-- Hardening: every write is audited (outlets and API keys too, and revocations), Idempotency-Key records are only ever
-- complete responses (a request in progress is an advisory lock now, not a row), and responses that carried a secret
-- are not kept.

alter table audit_log drop constraint audit_log_entity_check;
alter table audit_log add constraint audit_log_entity_check
    check (entity in ('article', 'speaker', 'affiliation', 'quote', 'outlet', 'key'));
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check
    check (action in ('create', 'update', 'delete', 'retract', 'review', 'revoke'));

delete from idempotent_requests where status_code is null;
alter table idempotent_requests
    alter column status_code set not null,
    add column secret_withheld boolean not null default false;
-- Earlier versions kept the response of POST /keys, secret included.
update idempotent_requests set body = null, content_type = null, secret_withheld = true where location like '/keys/%';
create index idempotent_requests_created_at on idempotent_requests (created_at);

-- The one rule by which a write names a speaker inline (POST and PATCH /quotes, extraction, imports): by Wikidata id
-- when one is given; else a named speaker by name or alias, ignoring case and accents; an anonymous one ("a senior
-- official") only among the speakers of the same article. Several ids mean the name is ambiguous.
create function speaker_matches(name text, kind text, wikidata_id text, article_id bigint) returns bigint[]
    language sql stable parallel safe
    return case
        when speaker_matches.wikidata_id is not null then
            array(select s.id from speakers s where s.wikidata_id = speaker_matches.wikidata_id)
        when speaker_matches.kind = 'anonymous' then
            array(select distinct s.id from speakers s
                  join quote_speakers qs on qs.speaker_id = s.id
                  join quotes q on q.id = qs.quote_id
                  where q.article_id = speaker_matches.article_id and s.kind = 'anonymous'
                    and search_key(s.name) = search_key(speaker_matches.name)
                  order by s.id)
        else
            array(select s.id from speakers s
                  where s.kind <> 'anonymous'
                    and (search_key(s.name) = search_key(speaker_matches.name)
                         or search_keys(s.aliases) @> array[search_key(speaker_matches.name)])
                  order by s.id limit 5)
    end;

-- A write that may create a speaker first takes the transaction-scoped advisory lock (737, bucket) of each name it
-- names, in bucket order, so that two writes naming the same new speaker cannot both create it: the second waits and
-- then finds the first's. 1024 buckets keep an import of many names within the lock table.
create function speaker_lock_bucket(name text) returns integer
    language sql immutable parallel safe strict
    return (('x' || left(md5(search_key(name)), 8))::bit(32)::integer & 1023);
