-- Booked appointments that a kiosk can check in (appointment QR or a card tap) and staff can look up.
-- visitor_name is personal data: only the site's devices and staff read it, never displays' topics.
CREATE TABLE appointment (
    site_id            VARCHAR(40)  NOT NULL REFERENCES site (id),
    reference          VARCHAR(60)  NOT NULL,
    service_id         VARCHAR(40)  NOT NULL REFERENCES service (id),
    visitor_name       VARCHAR(200) NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    vip                BOOLEAN      NOT NULL DEFAULT FALSE,
    accessibility_need VARCHAR(200),
    -- HMAC-SHA256 of the visitor's card number (hex), as the kiosk's card reader reports it; never the number.
    card_hash          VARCHAR(64),
    PRIMARY KEY (site_id, reference)
);

CREATE INDEX appointment_card ON appointment (site_id, card_hash);
