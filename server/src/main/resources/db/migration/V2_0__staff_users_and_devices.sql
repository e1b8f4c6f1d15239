-- Security baseline: staff users with roles, and kiosk/display devices holding bearer tokens.
-- Only a SHA-256 hash of a device token is stored; the token itself is shown once when it is issued.

create table staff_user (
    username       varchar(64)  not null primary key,
    display_name   varchar(200) not null,
    -- Spring Security delegating format, e.g. {bcrypt}$2a$10$...
    password_hash  varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamp with time zone not null
);

create table staff_user_role (
    username  varchar(64) not null references staff_user (username) on delete cascade,
    role      varchar(16) not null,
    primary key (username, role)
);

-- site_id has no foreign key on purpose: devices are paired before and independently of how sites are seeded,
-- and a device of a removed site simply fails authorisation for that site's topics.
create table device (
    id            varchar(64)  not null primary key,
    site_id       varchar(64)  not null,
    kind          varchar(16)  not null,
    name          varchar(200) not null,
    -- lowercase hex SHA-256 of the token
    token_hash    char(64)     not null unique,
    revoked       boolean      not null default false,
    last_seen_at  timestamp with time zone,
    created_at    timestamp with time zone not null
);
