-- Devices belong to an existing site. (V2_0 left this out while the site table lived on another branch; V1_0 now
-- creates it before us, so the reference can be enforced.) Demo devices are seeded after the demo site.
alter table device add constraint fk_device_site foreign key (site_id) references site (id);
