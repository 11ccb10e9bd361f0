-- quote_candidates() returns at most the few candidates asked for (25), but without ROWS the planner assumed 1,000
-- and joined them to quotes by hashing the whole table: a sequential scan of every quote on each search (40 ms at 30k
-- quotes, against 1.3 ms with the nested loop over the primary key that a true estimate gives).
alter function quote_candidates(integer[], bigint, date, date, integer) rows 25;
