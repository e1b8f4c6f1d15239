-- ticket_site_status (site_id, status) was a prefix of ticket_waiting_line (site_id, status, service_id, ...). On
-- an empty table H2 costs the two alike and kept the shorter one for the line-head query, and a connection keeps a
-- prepared plan until the table's statistics change: after a fresh start call-next then read every waiting ticket
-- of the site per line (bin/benchmark: 18 % of the server's CPU). With the columns the other way round the index
-- still serves "site_id = ? AND status IN (...)" (the open tickets), and no longer competes with the line's index.
DROP INDEX ticket_site_status;
CREATE INDEX ticket_status_site ON ticket (status, site_id);
-- Reception and the kiosk find today's ticket by its number; the offline import checks a number is free.
CREATE INDEX ticket_day_number ON ticket (site_id, business_day, number);
