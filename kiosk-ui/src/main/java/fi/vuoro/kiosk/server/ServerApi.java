package fi.vuoro.kiosk.server;

import fi.vuoro.kiosk.KioskProperties;
import java.net.http.HttpClient;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The server's REST API as the kiosk calls it: the configured time-outs and the device token on every request. */
public final class ServerApi {

    private ServerApi() {}

    /**
     * @param path below the server URL, e.g. {@code /api/v1}
     * @param deviceToken read on every request (the token changes when the kiosk is paired)
     */
    public static RestClient client(KioskProperties properties, String path, Supplier<String> deviceToken) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.timeouts().request())
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.timeouts().request());
        return RestClient.builder()
                .baseUrl(properties.serverUrl().toString().replaceAll("/$", "") + path)
                .requestInitializer(
                        request -> request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + deviceToken.get()))
                .requestFactory(factory)
                .build();
    }
}
