package fi.vuoro.server.security;

import static fi.vuoro.server.security.ApiHttp.basic;
import static fi.vuoro.server.security.ApiHttp.bearer;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.ADMIN;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.ANONYMOUS;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.COUNTER;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.DISPLAY;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.KIOSK;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.OTHER_SITE_KIOSK;
import static fi.vuoro.server.security.AuthorisationMatrixTest.Who.RECEPTION;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import fi.vuoro.server.demo.DemoCredentials;
import fi.vuoro.server.display.DisplayAccess;
import fi.vuoro.server.queue.IssueRequest;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may do what, as one table per surface, checked against the running server: every REST endpoint (enumerated from
 * Spring MVC's handler mapping, so an endpoint without a row fails this test), every Vaadin route (from the route
 * registry) and every STOMP destination (with the {@code @SubscribeMapping}/{@code @MessageMapping} handlers
 * enumerated the same way), against anonymous, each staff role and each device type.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:authorisation-matrix;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
class AuthorisationMatrixTest {

    enum Who {
        ANONYMOUS,
        COUNTER,
        RECEPTION,
        ADMIN,
        KIOSK,
        OTHER_SITE_KIOSK,
        DISPLAY
    }

    static final Set<Who> NOBODY = EnumSet.noneOf(Who.class);
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> STAFF = EnumSet.of(COUNTER, RECEPTION, ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(ADMIN);

    static final String OTHER_SITE = "matrix-other";
    static final String OTHER_KIOSK_ID = "matrix-other-kiosk";
    static final String OTHER_KIOSK_TOKEN = "matrix-other-kiosk-token-0123456789";

    /** REST: "METHOD pattern" as Spring MVC registers it → who gets past security. */
    static final Map<String, Set<Who>> REST = new LinkedHashMap<>();

    static {
        var siteReaders = with(STAFF, KIOSK, DISPLAY);
        REST.put("GET /api/v1/sites/{site}/services", siteReaders);
        REST.put("GET /api/v1/sites/{site}/counters", siteReaders);
        REST.put("GET /api/v1/sites/{site}/ticket-layout", siteReaders);
        REST.put("GET /api/v1/sites/{site}/queue", with(STAFF, KIOSK));
        REST.put("POST /api/v1/sites/{site}/tickets", EnumSet.of(RECEPTION, ADMIN, KIOSK));
        REST.put("GET /api/v1/tickets/{id}", with(STAFF, KIOSK));
        REST.put("GET /api/v1/tickets/{id}/visit", STAFF);
        for (var action : List.of(
                "recall",
                "start",
                "complete",
                "no-show",
                "park",
                "return",
                "cancel",
                "transfer",
                "priority",
                "notes")) {
            REST.put("POST /api/v1/tickets/{id}/" + action, STAFF);
        }
        for (var action : List.of("call-next", "call/{ticketId}", "open", "close")) {
            REST.put("POST /api/v1/counters/{counter}/" + action, STAFF);
        }
        // A device about itself (any site: "me" is the token's device). Overrides and offline issuing: kiosks only.
        var devices = EnumSet.of(KIOSK, OTHER_SITE_KIOSK, DISPLAY);
        var kiosks = EnumSet.of(KIOSK, OTHER_SITE_KIOSK);
        REST.put("GET /api/v1/devices/me", devices);
        REST.put("GET /api/v1/devices/me/overrides", kiosks);
        REST.put("POST /api/v1/devices/me/number-blocks", kiosks);
        REST.put("POST /api/v1/devices/me/offline-tickets", kiosks);
        // Pairing: a new device has no credentials yet (enrolment throttles per address).
        REST.put("POST /api/v1/pairings", EVERYONE);
        REST.put("GET /api/v1/pairings/{pairingId}", EVERYONE);
        // Feedback names its site in the body: another site's kiosk gets past security and the controller refuses it
        // (403, OfflineApiContract); displays and counter staff are refused here.
        // Appointments carry personal data: the site's kiosks and staff, never displays.
        REST.put("GET /api/v1/sites/{site}/appointments", with(STAFF, KIOSK));
        REST.put("GET /api/v1/sites/{site}/appointments/{reference}", with(STAFF, KIOSK));
        REST.put("POST /api/v1/feedback", EnumSet.of(RECEPTION, ADMIN, KIOSK, OTHER_SITE_KIOSK));
        REST.put("GET /api/v1/audit", ADMINS);
        REST.put("GET /api/v1/retention/runs", ADMINS);
        REST.put("POST /api/v1/retention/runs", ADMINS);
        // Spring's error page and the API description (springdoc): public.
        REST.put("* /error", EVERYONE);
        REST.put("GET /api/v1/openapi", EVERYONE);
        REST.put("GET /api/v1/openapi.yaml", EVERYONE);
        REST.put("GET /api/v1/openapi/swagger-config", EVERYONE);
        REST.put("GET /api/v1/docs", EVERYONE);
    }

    /** Actuator endpoints live in their own handler mapping; listed by hand. */
    static final Map<String, Set<Who>> ACTUATOR = Map.of(
            "GET /actuator/health", EVERYONE,
            "GET /actuator/metrics", ADMINS,
            "GET /actuator/prometheus", ADMINS,
            "GET /actuator/info", ADMINS);

    /** Vaadin routes (templates as registered) → which browser users may open them. Devices use no browser login. */
    static final Map<String, Set<Who>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", STAFF);
        ROUTES.put("login", EVERYONE);
        ROUTES.put("counter", STAFF);
        ROUTES.put("reception", EnumSet.of(RECEPTION, ADMIN));
        ROUTES.put("health", EnumSet.of(RECEPTION, ADMIN));
        for (var admin : List.of("audit", "sites", "services", "counters", "devices", "users", "layout")) {
            ROUTES.put("admin/" + admin, ADMINS);
        }
        // Anonymous at the route level; the view itself then requires a display token or a staff login (below).
        ROUTES.put("display/:site", EVERYONE);
        // Anonymous; the signed link is the credential.
        ROUTES.put("t/:token", EVERYONE);
    }

    /** STOMP destination templates → who may subscribe (staff for every site; devices only their own). */
    static final Map<String, Set<Who>> STOMP = new LinkedHashMap<>();

    static {
        STOMP.put("/topic/site.{site}.queue", with(STAFF, KIOSK));
        STOMP.put("/app/site.{site}.queue", with(STAFF, KIOSK));
        STOMP.put("/topic/site.{site}.calls", with(STAFF, KIOSK, DISPLAY));
        STOMP.put("/topic/site.{otherSite}.calls", with(STAFF, OTHER_SITE_KIOSK));
        STOMP.put("/topic/site.{site}.config", with(STAFF, KIOSK, DISPLAY));
        STOMP.put("/topic/site.{otherSite}.config", with(STAFF, OTHER_SITE_KIOSK));
        STOMP.put("/app/site.{otherSite}.queue", with(STAFF, OTHER_SITE_KIOSK));
        STOMP.put("/topic/device.{kiosk}", EnumSet.of(KIOSK));
        STOMP.put("/topic/device.{display}", EnumSet.of(DISPLAY));
        STOMP.put("/topic/device.{otherKiosk}", EnumSet.of(OTHER_SITE_KIOSK));
        STOMP.put("/user/queue/errors", with(STAFF, KIOSK, OTHER_SITE_KIOSK, DISPLAY));
        // Resolved user queues, broker internals, unknown topics: nobody.
        STOMP.put("/queue/errors-user0123", NOBODY);
        STOMP.put("/topic/vuoro.user-registry", NOBODY);
        STOMP.put("/topic/site.{site}.secret", NOBODY);
        STOMP.put("/app/site.{site}.calls", NOBODY);
        // Device → server handlers (docs/device-channel.md): SEND only, so nobody subscribes to them. Any signed-in
        // client may SEND to /app/**; the handlers take the device from the session and drop and count frames from
        // anyone but a kiosk (device.result: from anyone but the device the command went to).
        for (var handler : List.of("kiosk.status", "kiosk.help", "kiosk.help.cancel", "device.result")) {
            STOMP.put("/app/" + handler, NOBODY);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    @Qualifier("simpAnnotationMethodMessageHandler")
    SimpAnnotationMethodMessageHandler stompHandlers;

    @Autowired
    ServletContext servletContext;

    @Autowired
    SiteDirectory sites;

    @Autowired
    DeviceRegistry devices;

    @Autowired
    QueueCommands queue;

    @Autowired
    DisplayAccess displayAccess;

    @Autowired
    CredentialsAuthenticator authenticator;

    @Autowired
    @Qualifier("clientInboundChannel")
    AbstractSubscribableChannel inbound;

    ApiHttp http;
    String ticketId;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
        if (sites.site(OTHER_SITE).isEmpty()) {
            sites.saveSite(new Site(OTHER_SITE, "Other", ZoneId.of("Europe/Helsinki"), List.of("fi")));
        }
        devices.registerIfAbsent(
                OTHER_KIOSK_ID, OTHER_SITE, DevicePrincipal.Kind.KIOSK, "Other site's kiosk", OTHER_KIOSK_TOKEN);
        ticketId = queue.issue(new IssueRequest(
                        "demo",
                        "lab",
                        "fi",
                        null,
                        null,
                        null,
                        null,
                        UUID.randomUUID().toString(),
                        "reception"))
                .id();
    }

    @Test
    void everyRestEndpointHasARowAndEveryRowAnEndpoint() {
        var registered = new TreeSet<String>();
        handlerMapping.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    registered.add("* " + pattern);
                } else {
                    methods.forEach(m -> registered.add(m.name() + " " + pattern));
                }
            }
        });

        assertThat(registered)
                .as("endpoints without a row in AuthorisationMatrixTest.REST: add one saying who may call them")
                .isSubsetOf(REST.keySet());
        assertThat(REST.keySet()).as("rows without an endpoint").isSubsetOf(registered);
    }

    @Test
    void restEndpointsAllowExactlyTheirRow() {
        var failures = new ArrayList<String>();
        var all = new LinkedHashMap<>(REST);
        all.putAll(ACTUATOR);
        all.forEach((row, allowed) -> {
            var method = row.substring(0, row.indexOf(' '));
            var path = concrete(row.substring(row.indexOf(' ') + 1));
            for (var who : Who.values()) {
                int status = http.send(method.equals("*") ? "GET" : method, path, credentials(who))
                        .statusCode();
                boolean passed = status != 401 && status != 403;
                int expectedDenial = who == ANONYMOUS ? 401 : 403;
                if (allowed.contains(who) != passed || (!passed && status != expectedDenial)) {
                    failures.add(row + " as " + who + ": " + status + ", expected "
                            + (allowed.contains(who) ? "allowed" : "denied with " + expectedDenial));
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyVaadinRouteHasARowAndItsAnnotationsMatch() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var routes = RouteConfiguration.forRegistry(registry).getAvailableRoutes();
        var templates = new TreeSet<String>();
        var checker = new AccessAnnotationChecker();
        var failures = new ArrayList<String>();
        for (var route : routes) {
            templates.add(route.getTemplate());
            var allowed = ROUTES.get(route.getTemplate());
            if (allowed == null) {
                continue;
            }
            for (var who : List.of(ANONYMOUS, COUNTER, RECEPTION, ADMIN)) {
                Principal principal = who == ANONYMOUS ? null : () -> who.name().toLowerCase();
                // As Vaadin's navigation access control does: the view and every parent layout must allow it.
                boolean access =
                        checker.hasAccess(route.getNavigationTarget(), principal, role -> role.equals(who.name()))
                                && route.getParentLayouts().stream()
                                        .allMatch(layout ->
                                                checker.hasAccess(layout, principal, role -> role.equals(who.name())));
                if (access != allowed.contains(who)) {
                    failures.add(route.getTemplate() + " as " + who + ": " + access);
                }
            }
        }
        assertThat(templates).as("routes without a row in ROUTES").isEqualTo(new TreeSet<>(ROUTES.keySet()));
        assertThat(failures).isEmpty();
    }

    @Test
    void anonymousBrowsersAreSentToTheLoginPageExceptForPublicRoutes() {
        var failures = new ArrayList<String>();
        ROUTES.forEach((template, allowed) -> {
            var path = "/" + template.replace(":site", "demo").replace(":token", "not-a-real-link");
            var response = http.send("GET", path, null);
            boolean open = response.statusCode() == 200;
            boolean toLogin = response.statusCode() == 302
                    && response.headers().firstValue("Location").orElse("").endsWith("/login");
            if (allowed.contains(ANONYMOUS) ? !open : !toLogin) {
                failures.add(path + " -> " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse(""));
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void theDisplayOpensForItsOwnDisplayTokenOrStaffOnly() {
        assertThat(displayAccess.allows("demo", DemoCredentials.DISPLAY_TOKEN)).isTrue();
        assertThat(displayAccess.allows(OTHER_SITE, DemoCredentials.DISPLAY_TOKEN))
                .as("a display of another site")
                .isFalse();
        assertThat(displayAccess.allows("demo", DemoCredentials.KIOSK_TOKEN))
                .as("a kiosk token")
                .isFalse();
        assertThat(displayAccess.allows("demo", OTHER_KIOSK_TOKEN)).isFalse();
        assertThat(displayAccess.allows("demo", "no-such-token")).isFalse();
        assertThat(displayAccess.allows("demo", null))
                .as("anonymous without a token")
                .isFalse();
        try {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "counter", null, AuthorityUtils.createAuthorityList("ROLE_COUNTER")));
            assertThat(displayAccess.allows("demo", null))
                    .as("staff checking the screen")
                    .isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void everyStompHandlerHasARow() {
        var templates = new TreeSet<String>();
        stompHandlers.getHandlerMethods().keySet().forEach(info -> info.getDestinationConditions()
                .getPatterns()
                .forEach(p -> templates.add("/app/" + p.replaceFirst("^/", ""))));
        assertThat(templates).isNotEmpty();
        assertThat(STOMP.keySet()).as("STOMP handlers without a row").containsAll(templates);
    }

    @Test
    void onlyKnownPrincipalsConnectOverStomp() throws Exception {
        for (var who : Who.values()) {
            try (var stomp = new RawStomp(port)) {
                var answer = stomp.connect(credentials(who));
                // A refusal is an ERROR frame and a close; the close may overtake the ERROR.
                assertThat(answer.equals("CONNECTED"))
                        .as("CONNECT as " + who + ": " + answer)
                        .isEqualTo(who != ANONYMOUS);
            }
        }
    }

    /**
     * SUBSCRIBE frames through the server's real inbound-channel interceptors, with principals authenticated from the
     * real credentials. (Over the wire a refusal is an ERROR frame sent asynchronously, so a yes/no there would need a
     * timeout; the decision itself is made here, in the interceptor.)
     */
    @Test
    void stompDestinationsAllowExactlyTheirRow() {
        var failures = new ArrayList<String>();
        var principals = new java.util.EnumMap<Who, org.springframework.security.core.Authentication>(Who.class);
        for (var who : Who.values()) {
            if (who != ANONYMOUS) {
                principals.put(who, authenticator.authenticate(credentials(who)));
            }
        }
        for (var row : STOMP.entrySet()) {
            var destination = row.getKey()
                    .replace("{site}", "demo")
                    .replace("{otherSite}", OTHER_SITE)
                    .replace("{kiosk}", DemoCredentials.KIOSK_ID)
                    .replace("{display}", DemoCredentials.DISPLAY_ID)
                    .replace("{otherKiosk}", OTHER_KIOSK_ID);
            for (var who : Who.values()) {
                boolean allowed = subscribes(principals.get(who), destination);
                if (allowed != row.getValue().contains(who)) {
                    failures.add(destination + " as " + who + ": " + (allowed ? "allowed" : "refused"));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private boolean subscribes(org.springframework.security.core.Authentication user, String destination) {
        var accessor = StompHeaderAccessor.create(StompCommand.SUBSCRIBE);
        accessor.setSessionId("matrix-" + UUID.randomUUID());
        accessor.setSubscriptionId("sub-1");
        accessor.setDestination(destination);
        accessor.setUser(user);
        accessor.setLeaveMutable(true);
        Message<?> message = MessageBuilder.createMessage(new byte[0], accessor.getMessageHeaders());
        for (var interceptor : inbound.getInterceptors()) {
            message = interceptor.preSend(message, inbound);
            if (message == null) {
                return false;
            }
        }
        return true;
    }

    @Test
    void displaysReceiveCallsWithoutPersonalData() throws Exception {
        var secret = "APPT-" + UUID.randomUUID().toString().substring(0, 8);
        try (var display = new RawStomp(port)) {
            assertThat(display.connect(bearer(DemoCredentials.DISPLAY_TOKEN))).isEqualTo("CONNECTED");
            display.subscribe("/topic/site.demo.calls", "calls");
            // Until the subscription is live a call may pass unseen: keep calling fresh tickets until one arrives.
            var called = new ArrayList<fi.vuoro.server.queue.TicketView>();
            String body = null;
            for (int attempt = 0; attempt < 30 && body == null; attempt++) {
                var ticket = queue.issue(new IssueRequest(
                        "demo",
                        "lab",
                        "fi",
                        null,
                        null,
                        secret,
                        null,
                        UUID.randomUUID().toString(),
                        "reception"));
                called.add(queue.call("lab-1", ticket.id(), "counter"));
                body = display.pollMessageBody();
            }
            assertThat(body).as("a call reached the display").isNotNull();
            var message = body;
            assertThat(called).anySatisfy(t -> assertThat(message).contains("\"number\":\"" + t.number() + "\""));
            assertThat(body).contains("\"counterId\":\"lab-1\"");
            assertThat(body).doesNotContain(secret, "appointment", "visit");
            called.forEach(t -> assertThat(message).doesNotContain(t.id(), t.visitId()));
        }
    }

    private String credentials(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case COUNTER -> basic("counter", DemoCredentials.PASSWORD);
            case RECEPTION -> basic("reception", DemoCredentials.PASSWORD);
            case ADMIN -> basic("admin", DemoCredentials.PASSWORD);
            case KIOSK -> bearer(DemoCredentials.KIOSK_TOKEN);
            case OTHER_SITE_KIOSK -> bearer(OTHER_KIOSK_TOKEN);
            case DISPLAY -> bearer(DemoCredentials.DISPLAY_TOKEN);
        };
    }

    private String concrete(String pattern) {
        return pattern.replace("{site}", "demo")
                .replace("{counter}", "lab-1")
                .replace("{id}", ticketId)
                .replace("{ticketId}", ticketId)
                .replace("{reference}", "APT-1001")
                .replace("{pairingId}", "not-a-pairing");
    }

    private static Set<Who> with(Set<Who> base, Who... more) {
        var set = EnumSet.copyOf(base);
        set.addAll(List.of(more));
        return set;
    }
}
