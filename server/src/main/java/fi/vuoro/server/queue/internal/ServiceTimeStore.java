package fi.vuoro.server.queue.internal;

import fi.vuoro.server.estimate.ServiceTimeModel;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Persists the learned service-time cells so every node (and every restart) estimates from the same history. */
@Component
class ServiceTimeStore {

    private final JdbcClient jdbc;

    ServiceTimeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ServiceTimeModel model(String siteId) {
        List<ServiceTimeModel.Cell> cells = jdbc.sql("""
                SELECT st.service_id, st.hour_of_day, st.mean_seconds, st.samples FROM service_time_stat st
                JOIN service s ON s.id = st.service_id WHERE s.site_id = ?""")
                .param(siteId)
                .query((rs, i) ->
                        new ServiceTimeModel.Cell(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4)))
                .list();
        return new ServiceTimeModel(cells);
    }

    /** Learns one completed service; runs in the completing transaction (which holds the site lock). */
    void observe(String serviceId, int hour, Duration serviceTime) {
        ServiceTimeModel.Cell old = jdbc.sql("""
                SELECT service_id, hour_of_day, mean_seconds, samples FROM service_time_stat
                WHERE service_id = ? AND hour_of_day = ?""")
                .params(serviceId, hour)
                .query((rs, i) ->
                        new ServiceTimeModel.Cell(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getInt(4)))
                .optional()
                .orElse(null);
        ServiceTimeModel.Cell next = ServiceTimeModel.next(old, serviceId, hour, serviceTime);
        if (old == null) {
            jdbc.sql(
                            "INSERT INTO service_time_stat (service_id, hour_of_day, mean_seconds, samples) VALUES (?, ?, ?, ?)")
                    .params(serviceId, hour, next.meanSeconds(), next.samples())
                    .update();
        } else {
            jdbc.sql(
                            "UPDATE service_time_stat SET mean_seconds = ?, samples = ? WHERE service_id = ? AND hour_of_day = ?")
                    .params(next.meanSeconds(), next.samples(), serviceId, hour)
                    .update();
        }
    }
}
