-- Kiosk offline issuing (docs/device-channel.md, "Offline number blocks"). Portable SQL (H2 and PostgreSQL).

-- A run of numbers taken from number_counter for one kiosk, service and business day.
CREATE TABLE number_block (
    id           VARCHAR(36) PRIMARY KEY,
    device_id    VARCHAR(64) NOT NULL,
    site_id      VARCHAR(40) NOT NULL REFERENCES site (id),
    service_id   VARCHAR(40) NOT NULL REFERENCES service (id),
    service_day  DATE        NOT NULL,
    prefix       VARCHAR(3)  NOT NULL,
    first_number INT         NOT NULL,
    last_number  INT         NOT NULL,
    leased_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX number_block_device ON number_block (device_id, service_day);

-- One row per imported offline ticket. The key makes a retried import answer ALREADY_IMPORTED; the (block, number)
-- constraint makes a second ticket with the same number impossible, whatever key it comes with.
CREATE TABLE offline_ticket (
    device_id       VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    block_id        VARCHAR(36)  NOT NULL REFERENCES number_block (id),
    block_number    INT          NOT NULL,
    ticket_id       VARCHAR(36)  NOT NULL REFERENCES ticket (id),
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (device_id, idempotency_key),
    CONSTRAINT offline_ticket_number UNIQUE (block_id, block_number)
);
