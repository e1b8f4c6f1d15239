-- H2 only (db/vendor/h2). H2 hands out identity values from a cache of 32 and writes the sequence back, with a
-- commit of its own (an MVStore chunk), each time the cache runs out: for the history and audit lines every queue
-- change writes, two extra commits per 32 changes under load. A cache of 1,000 keeps ids increasing (H2's cache
-- is shared by all sessions; after a crash the count resumes past the cached range, leaving only a gap).
ALTER TABLE visit_history ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit_event ALTER COLUMN id SET CACHE 1000;
ALTER TABLE visit_note ALTER COLUMN id SET CACHE 1000;
