package fi.vuoro.kiosk.devices;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only (exists with {@code vuoro.kiosk.devices.emulators=true}), from this machine only: tap a card, scan a
 * code or change the emulated printer, as {@code bin/demo-tap} does.
 */
@RestController
@RequestMapping("/demo")
@ConditionalOnProperty(name = "vuoro.kiosk.devices.emulators", havingValue = "true")
class DemoDeviceController {

    private static final Pattern CARD = Pattern.compile("\\d{10}");
    private static final Pattern CODE = Pattern.compile("[\\x20-\\x7E]{1,200}");

    private final DemoDevices devices;

    DemoDeviceController(DemoDevices devices) {
        this.devices = devices;
    }

    @PostMapping("/tap")
    ResponseEntity<Map<String, String>> tap(@RequestParam String card, HttpServletRequest request) throws IOException {
        if (!local(request)) return forbidden();
        if (!CARD.matcher(card).matches()) return bad("card is the ten-digit number printed on the tag");
        devices.tap(card);
        return ResponseEntity.ok(Map.of("tapped", "••••" + card.substring(6)));
    }

    @PostMapping("/unreadable")
    ResponseEntity<Map<String, String>> unreadable(HttpServletRequest request) throws IOException {
        if (!local(request)) return forbidden();
        devices.unreadableCard();
        return ResponseEntity.ok(Map.of("sent", "a card frame with a bad checksum"));
    }

    @PostMapping("/scan")
    ResponseEntity<Map<String, String>> scan(@RequestParam String code, HttpServletRequest request) throws IOException {
        if (!local(request)) return forbidden();
        if (!CODE.matcher(code).matches()) return bad("code is 1–200 printable ASCII characters");
        devices.scan(code);
        return ResponseEntity.ok(Map.of("scanned", code));
    }

    /** What the emulated printer cut, newest last: sequence, cut time (µs), the ticket's text (demo, benchmark). */
    @GetMapping("/printed")
    ResponseEntity<List<Map<String, String>>> printed(HttpServletRequest request) {
        if (!local(request)) return ResponseEntity.status(403).build();
        return ResponseEntity.ok(devices.printer().tickets().stream()
                .map(t -> Map.of(
                        "sequence", Integer.toString(t.sequence()),
                        "cutAt", t.cutAt().toString(),
                        "text", t.plainText()))
                .toList());
    }

    @PostMapping("/printer")
    ResponseEntity<Map<String, String>> printer(@RequestParam String state, HttpServletRequest request) {
        if (!local(request)) return forbidden();
        try {
            devices.printerState(state);
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
        return ResponseEntity.ok(Map.of("printer", state));
    }

    private static boolean local(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ResponseEntity<Map<String, String>> forbidden() {
        return ResponseEntity.status(403).body(Map.of("error", "demo devices answer this machine only"));
    }

    private static ResponseEntity<Map<String, String>> bad(String message) {
        return ResponseEntity.badRequest().body(Map.of("error", message));
    }
}
