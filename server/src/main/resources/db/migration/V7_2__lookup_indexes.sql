-- Lookups that ran as full table scans, found with JFR in the engine benchmark (docs/benchmark.md): the lobby's
-- listeners and checks find a visit's arrival, a ticket's greet entry and a visit's kiosk feedback on every queue
-- event or check round; without these indexes each of those reads the whole table.
CREATE INDEX arrival_visit ON arrival (visit_id);
CREATE INDEX greet_entry_ticket ON greet_entry (ticket_id);
CREATE INDEX feedback_visit ON feedback (visit_id, channel);
