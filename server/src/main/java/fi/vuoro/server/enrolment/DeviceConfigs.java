package fi.vuoro.server.enrolment;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Stores each kiosk's {@link DeviceConfig} (table {@code device_config}). */
@Repository
class DeviceConfigs {

    private final JdbcClient jdbc;

    DeviceConfigs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DeviceConfig find(String deviceId) {
        return jdbc.sql("select * from device_config where device_id = ?")
                .param(deviceId)
                .query(DeviceConfigs::map)
                .optional()
                .orElse(DeviceConfig.NONE);
    }

    @Transactional
    void save(String deviceId, DeviceConfig c) {
        jdbc.sql("delete from device_config where device_id = ?")
                .param(deviceId)
                .update();
        var p = c.printer();
        var r = c.cardReader();
        var s = c.scanner();
        jdbc.sql("""
                insert into device_config (device_id, printer_port, printer_baud, paper_width_mm, code_page,
                reader_type, reader_port, reader_baud, scanner_type, scanner_port, scanner_baud)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        deviceId,
                        p == null ? null : p.port(),
                        p == null ? null : p.baud(),
                        p == null ? null : p.paperWidthMm(),
                        p == null ? null : p.codePage(),
                        r == null ? null : r.type(),
                        r == null ? null : r.port(),
                        r == null ? null : r.baud(),
                        s == null ? null : s.type(),
                        s == null ? null : s.port(),
                        s == null ? null : s.baud())
                .update();
    }

    private static DeviceConfig map(ResultSet rs, int row) throws SQLException {
        DeviceConfig.Printer printer = rs.getString("printer_port") == null
                ? null
                : new DeviceConfig.Printer(
                        rs.getString("printer_port"),
                        (Integer) rs.getObject("printer_baud", Integer.class),
                        (Integer) rs.getObject("paper_width_mm", Integer.class),
                        rs.getString("code_page"));
        return new DeviceConfig(printer, reader(rs, "reader"), reader(rs, "scanner"));
    }

    private static DeviceConfig.Reader reader(ResultSet rs, String prefix) throws SQLException {
        String type = rs.getString(prefix + "_type");
        return type == null
                ? null
                : new DeviceConfig.Reader(
                        type, rs.getString(prefix + "_port"), rs.getObject(prefix + "_baud", Integer.class));
    }
}
