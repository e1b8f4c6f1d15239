-- H2 only (db/vendor/h2). H2 gives a foreign key an index of its own when no index exists on its columns at that
-- moment, so ticket (visit_id) and visit_history (visit_id) each had two identical indexes: the foreign key's and
-- the one V1_0 creates for PostgreSQL (which indexes no foreign key by itself). Every index is a B-tree that each
-- commit writes a page of; these two were a tenth of the bytes an issue commit wrote (an MVStore dump of the
-- benchmark's file). The foreign keys' indexes serve the same lookups.
DROP INDEX ticket_visit;
DROP INDEX visit_history_visit;
