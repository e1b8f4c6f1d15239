-- Whether the booking system says this is the visitor's first visit (a greet-personally rule); NULL: not known.
ALTER TABLE appointment ADD COLUMN first_visit BOOLEAN;
