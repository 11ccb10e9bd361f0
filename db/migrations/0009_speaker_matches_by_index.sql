-- speaker_matches() looked a name up with "name or alias ... order by id limit 5". Without statistics (a fresh database,
-- or speakers just created in the same import) the planner walked the primary key in id order and tested every speaker
-- until it had five matches: for a name that matches nothing, a scan of the whole table for each name. An import of a
-- million quotes naming 100k speakers spent hours there. Each branch now looks up its own index (the name key, the
-- alias keys) and only the few ids found are ordered and limited.
create or replace function speaker_matches(name text, kind text, wikidata_id text, article_id bigint) returns bigint[]
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
            array(select m.id from (
                      select s.id from speakers s
                      where search_key(s.name) = search_key(speaker_matches.name) and s.kind <> 'anonymous'
                      union
                      select s.id from speakers s
                      where search_keys(s.aliases) @> array[search_key(speaker_matches.name)] and s.kind <> 'anonymous'
                  ) m
                  order by m.id limit 5)
    end;

-- Every write that names a speaker looks its aliases up, and far fewer writes add a speaker: keep the alias index
-- without a pending list, which each look-up would otherwise read through (up to 4 MB) until a vacuum merges it.
alter index speakers_alias_keys set (fastupdate = off);
