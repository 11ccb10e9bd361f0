-- Misquote-tolerant search. A quote's words are case-, accent- and punctuation-folded; its shingles are the hashes of
-- its consecutive word pairs (pairs of two stop words left out, as they say nothing about which quote it is).
-- A quote that circulates altered keeps most of its pairs, and pairs are rare enough to make short GIN posting lists.

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
        ) pair
        where pair.second is not null and not (is_stop_word(pair.first) and is_stop_word(pair.second))
    );

alter table quotes add column shingles integer[] generated always as (quote_shingles(text)) stored;
create index quotes_shingles on quotes using gin (shingles gin__int_ops);
