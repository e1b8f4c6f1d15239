-- Call-next reads only the first ticket in each line (service, priority class) instead of the whole queue;
-- tickets reserved for one counter (transfer to a counter, return after parking) are found by that counter.
CREATE INDEX ticket_waiting_line ON ticket (site_id, status, service_id, priority, queued_at, id);
CREATE INDEX ticket_target_counter ON ticket (target_counter_id, status);
