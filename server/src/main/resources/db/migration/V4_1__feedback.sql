-- Visitors' ratings of their visit (docs/device-channel.md, "Feedback"). Portable SQL (H2 and PostgreSQL).
-- One answer per visit and channel: a visitor who changes their mind replaces their earlier answer (last wins).
CREATE TABLE feedback (
    id          VARCHAR(36)  PRIMARY KEY,
    site_id     VARCHAR(40)  NOT NULL REFERENCES site (id),
    ticket_id   VARCHAR(36)  NOT NULL REFERENCES ticket (id),
    visit_id    VARCHAR(36)  NOT NULL REFERENCES visit (id),
    rating      INT          NOT NULL CHECK (rating BETWEEN 1 AND 5),
    -- Reason codes, comma-separated (FeedbackReason); empty when none was chosen.
    reasons     VARCHAR(200) NOT NULL,
    channel     VARCHAR(20)  NOT NULL,
    language    VARCHAR(5),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT feedback_once_per_channel UNIQUE (visit_id, channel)
);
CREATE INDEX feedback_site_time ON feedback (site_id, recorded_at);
