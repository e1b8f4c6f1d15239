package fi.vuoro.server.ui;

import fi.vuoro.server.site.Service;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A site's services by id, named in the viewer's language (falling back to Finnish, then the id). */
public record ServiceNames(Map<String, Service> byId) {

    public ServiceNames {
        byId = Map.copyOf(byId);
    }

    public static ServiceNames of(List<Service> services) {
        return new ServiceNames(services.stream().collect(Collectors.toMap(Service::id, Function.identity())));
    }

    public String name(String serviceId, Locale locale) {
        Service service = byId.get(serviceId);
        if (service == null) {
            return serviceId;
        }
        String name = service.names().get(locale.getLanguage());
        return name != null ? name : service.names().getOrDefault("fi", serviceId);
    }
}
