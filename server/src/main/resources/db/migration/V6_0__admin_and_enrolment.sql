-- Admin and device enrolment (issue 6). Portable SQL: H2 and PostgreSQL 15.

-- Services can be switched off without deleting their history; which priority reasons staff may pick per service
-- (comma-separated PriorityReason names; empty = all).
alter table service add column active boolean default true not null;
alter table service add column priority_reasons varchar(300) default '' not null;

-- Weekly opening hours of a site (day_of_week 1 = Monday .. 7 = Sunday, ISO), in the site's time zone.
create table site_opening_hours (
    site_id     varchar(40) not null references site (id),
    day_of_week int         not null,
    opens_at    time        not null,
    closes_at   time        not null,
    primary key (site_id, day_of_week)
);

-- Exceptions: a closed day (holiday) or different hours on one date.
create table site_hours_exception (
    site_id   varchar(40)  not null references site (id),
    on_date   date         not null,
    opens_at  time,
    closes_at time,
    note      varchar(200),
    primary key (site_id, on_date)
);

-- A device paired but not yet holding a token has no hash; revoking deletes the hash.
alter table device alter column token_hash drop not null;

-- Pairing requests from new kiosks/displays. Only the SHA-256 of the pairing id (the kiosk's polling secret) is
-- kept; the device token is created when the kiosk claims it and only its hash is stored (in device).
create table device_pairing (
    id_hash       char(64)     not null primary key,
    code          varchar(6)   not null,
    kind          varchar(16)  not null,
    status        varchar(16)  not null,
    requested_by  varchar(64),
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    device_id     varchar(64)
);
create index device_pairing_code on device_pairing (code);

-- Serial devices of one kiosk; null columns = not configured (the kiosk then uses its local settings).
create table device_config (
    device_id      varchar(64) not null primary key references device (id) on delete cascade,
    printer_port   varchar(200),
    printer_baud   int,
    paper_width_mm int,
    code_page      varchar(20),
    reader_type    varchar(20),
    reader_port    varchar(200),
    reader_baud    int,
    scanner_type   varchar(20),
    scanner_port   varchar(200),
    scanner_baud   int
);

-- Ticket layout per site: texts in three languages and a logo already converted to the printer's 1-bit raster
-- (ESC/POS order, rows top to bottom, MSB leftmost, 1 = black).
create table ticket_layout (
    site_id      varchar(40)  not null primary key references site (id),
    header_fi    varchar(200),
    header_sv    varchar(200),
    header_en    varchar(200),
    footer_fi    varchar(300),
    footer_sv    varchar(300),
    footer_en    varchar(300),
    logo_width   int,
    logo_height  int,
    logo_raster  bytea,
    updated_at   timestamp with time zone not null
);
