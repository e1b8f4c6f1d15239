package fi.vuoro.kiosk.checkin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fi.vuoro.kiosk.KioskProperties;
import fi.vuoro.kiosk.attract.AttractScreen;
import fi.vuoro.kiosk.devices.KioskDevices;
import fi.vuoro.kiosk.devices.StatusReporter;
import fi.vuoro.kiosk.feedback.FeedbackGateway;
import fi.vuoro.kiosk.feedback.FeedbackPanel;
import fi.vuoro.kiosk.flow.CheckIn;
import fi.vuoro.kiosk.flow.CheckIn.Help;
import fi.vuoro.kiosk.flow.Identification;
import fi.vuoro.kiosk.help.HelpPanel;
import fi.vuoro.kiosk.i18n.Language;
import fi.vuoro.kiosk.identify.IdentifyScreen;
import fi.vuoro.kiosk.override.OverrideScreen;
import fi.vuoro.kiosk.override.OverrideState;
import fi.vuoro.kiosk.pairing.KioskPairing;
import fi.vuoro.kiosk.pairing.PairingScreen;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.server.QueueGateway;
import fi.vuoro.kiosk.ticket.TicketPrinter;
import fi.vuoro.kiosk.ticket.TicketScreen;
import java.time.Clock;
import java.util.UUID;

/**
 * The kiosk's only route. It owns one {@link CheckIn}, renders its step, and forwards touches to it. A one-second
 * poll drives idle time-outs and picks up live waits and reception's commands; on a kiosk talking to localhost that
 * is cheaper and sturdier than server push, and the same tick is needed for the time-outs anyway.
 */
@Route("")
@PageTitle("Vuoro")
public class CheckInView extends Div implements BeforeEnterObserver {

    private final QueueGateway gateway;
    private final KioskProperties properties;
    private final CheckIn checkIn;
    private final TicketStep ticketStep;
    private final FeedbackPanel feedback;
    private final OverrideState overrides = new OverrideState();
    private final KioskBar bar;
    private final Paragraph offlineBanner = new Paragraph();
    private final Paragraph messageBanner = new Paragraph();
    private final Div main = new Div();
    private final Div overlays = new Div();
    private final NativeButton back = new NativeButton();
    private final NativeButton help = new NativeButton();
    private ServiceScreen serviceScreen;
    private boolean largeText;
    private boolean highContrast;
    private boolean helpUndelivered;
    private boolean previewIdleWarning;
    private Runnable unregisterCommands;
    private Runnable unregisterServices;
    private Registration pollRegistration;
    // Devices, pairing and help requests (kept together; see DeviceReads for the reads themselves).
    private final KioskDevices devices;
    private final StatusReporter deviceStatus;
    private final KioskPairing pairing;
    private final DeviceReads reads;
    private final Clock clock;
    private Runnable unregisterReads;
    private TicketScreen ticketScreen;
    private IdentifyScreen identifyScreen;
    private String pairingShown;
    private String previewPairingCode;
    private String helpRequestId;

    public CheckInView(
            QueueGateway gateway,
            TicketPrinter printer,
            KioskProperties properties,
            Clock clock,
            KioskDevices devices,
            StatusReporter deviceStatus,
            KioskPairing pairing,
            FeedbackGateway feedbackGateway) {
        this.gateway = gateway;
        this.properties = properties;
        this.devices = devices;
        this.deviceStatus = deviceStatus;
        this.pairing = pairing;
        this.clock = clock;
        this.checkIn = new CheckIn(
                clock,
                properties.timeouts().flow(),
                properties.timeouts().struggle(),
                properties.identificationOffered(),
                Language.FI.code(),
                () -> UUID.randomUUID().toString());
        this.ticketStep = new TicketStep(gateway, printer, properties, clock);
        this.feedback = new FeedbackPanel(feedbackGateway, clock);
        this.reads = new DeviceReads(this, checkIn, ticketStep, gateway);
        addClassName("kiosk");
        bar = new KioskBar(this::switchLanguage, this::toggleLargeText, this::toggleHighContrast);
        offlineBanner.addClassName("offline-banner");
        offlineBanner.getElement().setAttribute("role", "status");
        messageBanner.addClassName("message-banner");
        messageBanner.getElement().setAttribute("role", "status");
        main.addClassName("kiosk-main");
        back.addClassName("back-button");
        back.addClickListener(e -> act(checkIn::back));
        help.addClassName("help-button");
        help.addClickListener(e -> askForPerson());
        var footer = new Div(back, help);
        footer.addClassName("kiosk-footer");
        add(bar, offlineBanner, messageBanner, main, footer, overlays);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        ui.setPollInterval(1000);
        pollRegistration = ui.addPollListener(e -> tick());
        unregisterCommands = gateway.onCommand(command -> ui.access(() -> onCommand(command)));
        unregisterServices = gateway.onServicesChanged(() -> ui.access(this::refreshLive));
        unregisterReads = devices.onRead(read -> ui.access(() -> reads.handle(read)));
        // Kiosk mode: a long press must not open the browser's context menu.
        ui.getPage()
                .executeJs("if(!window.vuoroKiosk){window.vuoroKiosk=true;"
                        + "document.addEventListener('contextmenu',e=>e.preventDefault());}");
        // A preview (or a language chosen before attach) has already rendered; keep its view-local state.
        if (main.getChildren().findAny().isEmpty()) {
            render();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unregisterCommands != null) unregisterCommands.run();
        if (unregisterServices != null) unregisterServices.run();
        if (pollRegistration != null) pollRegistration.remove();
        if (unregisterReads != null) unregisterReads.run();
    }

    /** {@code ?lang=sv} opens in a language; {@code ?screen=...} opens a screen when preview is enabled. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("lang").flatMap(Language::ofCode).ifPresent(l -> checkIn.useLanguage(l.code()));
        params.getSingleParameter("large").ifPresent(v -> largeText = true);
        params.getSingleParameter("contrast").ifPresent(v -> highContrast = true);
        if (properties.preview()) {
            params.getSingleParameter("screen").ifPresent(screen -> new PreviewScript(this).open(screen));
        }
    }

    void tick() {
        if (feedback.tick()) render();
        switch (checkIn.tick()) {
            case OFFER_HELP -> {
                // Reception hears about a struggling visitor right away, not only if they accept the offer.
                sendHelpRequest(checkIn.struggleReason().name());
                render();
            }
            case WARN_IDLE -> render();
            case RESET -> {
                // The visitor left: reception need not come any more.
                if (helpRequestId != null) gateway.cancelHelp(helpRequestId);
                helpRequestId = null;
                largeText = false;
                highContrast = false;
                helpUndelivered = false;
                render();
            }
            case NOTHING -> refreshLive();
        }
    }

    void act(Runnable action) {
        previewIdleWarning = false;
        action.run();
        if (checkIn.step() == fi.vuoro.kiosk.flow.Step.ISSUING) {
            ticketStep.issue(checkIn);
        }
        if (checkIn.tick() == CheckIn.Tick.OFFER_HELP) {
            sendHelpRequest(checkIn.struggleReason().name());
        }
        render();
    }

    void askForPerson() {
        checkIn.requestHelp();
        sendHelpRequest("VISITOR");
        render();
    }

    void onCommand(DeviceCommand command) {
        if (command instanceof DeviceCommand.HelpAnswered answered) {
            // An answer to an older visitor's request (already cancelled) must not name a helper to this one.
            if (answered.requestId() != null && !answered.requestId().equals(helpRequestId)) return;
            checkIn.helpAnswered(answered.staffName());
            render();
        } else if (command instanceof DeviceCommand.Greeter greeter) {
            if (checkIn.step() == fi.vuoro.kiosk.flow.Step.TICKET
                    && greeter.ticketId().equals(ticketStep.ticketId())) {
                ticketStep.greetedBy(greeter.staffName());
                render();
            }
        } else if (overrides.apply(command)) {
            render();
        }
    }

    private void sendHelpRequest(String reason) {
        var request = HelpRequests.from(checkIn, reason);
        helpRequestId = request.requestId();
        var delivered = gateway.requestHelp(request);
        helpUndelivered = !delivered && checkIn.help() != Help.OFFERED;
    }

    private void switchLanguage(Language language) {
        if (feedback.isOpen()) {
            // On the feedback screens a language is a preference, not the start of a check-in.
            checkIn.useLanguage(language.code());
            feedback.touched();
            render();
            return;
        }
        act(() -> checkIn.chooseLanguage(language.code()));
    }

    private void toggleLargeText() {
        largeText = !largeText;
        act(checkIn::extendTime);
    }

    private void toggleHighContrast() {
        highContrast = !highContrast;
        act(checkIn::extendTime);
    }

    void render() {
        var language = Language.ofCode(checkIn.language()).orElse(Language.FI);
        var ui = getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        if (ui != null) {
            ui.setLocale(language.locale());
            ui.getPage().executeJs("document.documentElement.lang=$0", language.code());
        }
        getElement().getClassList().set("large-text", largeText);
        getElement().getClassList().set("high-contrast", highContrast);
        bar.update(language, largeText, highContrast, gateway.connectionState());
        back.setText(getTranslation("nav.back"));
        back.setVisible(checkIn.step().isMidFlow());
        help.setText(getTranslation("help.button"));
        main.removeAll();
        serviceScreen = null;
        ticketScreen = null;
        identifyScreen = null;
        if (checkIn.step() == fi.vuoro.kiosk.flow.Step.ATTRACT) {
            ticketStep.reset();
            reads.reset();
        }
        main.add(
                switch (checkIn.step()) {
                    case ATTRACT -> new AttractScreen(() -> act(checkIn::start));
                    case LANGUAGE -> new LanguageScreen(l -> act(() -> checkIn.chooseLanguage(l.code())));
                    case SERVICE ->
                        serviceScreen = new ServiceScreen(
                                checkIn.language(),
                                checkIn.issueFailedLastTime(),
                                id -> act(() -> checkIn.chooseService(id)));
                    case IDENTIFY -> {
                        identifyScreen = new IdentifyScreen(
                                code -> act(() -> checkIn.identify(new Identification.KeypadCode(code))),
                                () -> act(checkIn::skipIdentification));
                        identifyScreen.showProblem(reads.problem());
                        yield identifyScreen;
                    }
                    case ISSUING -> new Paragraph(getTranslation("issuing.title"));
                    case TICKET -> {
                        ticketScreen = new TicketScreen(
                                ticketStep.printable(), ticketStep.printed(), welcome(), () -> act(checkIn::finish));
                        ticketScreen.showGreeter(ticketStep.greeter());
                        yield ticketScreen;
                    }
                });
        // Feedback opens from the attract screen and replaces it while open (the check-in stays on ATTRACT).
        if (feedback.isOpen()) {
            main.removeAll();
            main.add(feedback.screen(checkIn::language, this::render, this::render));
        } else if (checkIn.step() == fi.vuoro.kiosk.flow.Step.ATTRACT) {
            main.add(feedback.openButton(() -> {
                feedback.open();
                render();
            }));
        }
        renderOverlays();
        refreshLive();
    }

    private void renderOverlays() {
        overlays.removeAll();
        pairingShown = null;
        if (unpaired()) {
            pairingShown = previewPairingCode != null
                    ? previewPairingCode
                    : pairing.code().orElse("");
            overlays.add(new PairingScreen(pairingShown.isEmpty() ? null : pairingShown));
        } else if (overrides.mode() != OverrideState.Mode.NORMAL) {
            overlays.add(new OverrideScreen(overrides));
        } else if (helpUndelivered) {
            overlays.add(HelpPanel.undelivered(() -> {
                helpUndelivered = false;
                act(checkIn::declineHelp);
            }));
        } else if (checkIn.help() == Help.OFFERED) {
            overlays.add(HelpPanel.offer(this::askForPerson, () -> act(checkIn::declineHelp)));
        } else if (checkIn.help() == Help.REQUESTED || checkIn.help() == Help.ANSWERED) {
            overlays.add(HelpPanel.coming(checkIn.helperName(), () -> act(checkIn::declineHelp)));
        } else if (checkIn.idleWarningShown() || previewIdleWarning) {
            overlays.add(new IdleWarning(() -> act(checkIn::extendTime), () -> act(checkIn::reset)));
        }
    }

    /** Figures that change without a touch: connection, live waits, reception's message. */
    private void refreshLive() {
        var state = gateway.connectionState();
        bar.showConnection(state);
        offlineBanner.setText(getTranslation(gateway.issuesOffline() ? "offline.bannerTickets" : "offline.banner"));
        offlineBanner.setVisible(state == ConnectionState.OFFLINE);
        messageBanner.setText(overrides.message() == null ? "" : overrides.message());
        messageBanner.setVisible(overrides.message() != null);
        if (serviceScreen != null) {
            serviceScreen.show(gateway.services());
        }
        if (ticketScreen != null) {
            ticketScreen.showPaper(ticketStep.printed());
        }
        bar.showDevices(deviceStatus.current());
        var unpaired = unpaired();
        if (unpaired != (pairingShown != null)
                || (unpaired
                        && previewPairingCode == null
                        && !pairing.code().orElse("").equals(pairingShown))) {
            renderOverlays();
        }
    }

    /** "Welcome, Anna." / "Laboratory, around 10:40" for an appointment with a name; null otherwise. */
    private String[] welcome() {
        var appointment = ticketStep.appointment();
        if (appointment == null || appointment.visitorName() == null) return null;
        var time = java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(appointment.at().atZone(clock.getZone()));
        return new String[] {
            getTranslation("appointment.welcome", appointment.visitorName()),
            getTranslation("appointment.when", ticketStep.printable().serviceName(), time)
        };
    }

    /** The identification screen's problem line changed (unreadable card, unknown appointment). */
    void showIdentifyProblem(String key) {
        if (identifyScreen != null) identifyScreen.showProblem(key);
    }

    /** The preview cannot wait for the idle clock; it shows the same warning component directly. */
    void showIdleWarningForPreview() {
        previewIdleWarning = true;
        render();
    }

    void previewPrintOutcome(fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome outcome) {
        ticketStep.previewOutcome(outcome);
        render();
    }

    void showPairingForPreview(String code) {
        previewPairingCode = code;
        render();
    }

    private boolean unpaired() {
        return previewPairingCode != null || gateway.connectionState() == ConnectionState.NOT_PAIRED;
    }

    void deviceRead(fi.vuoro.kiosk.devices.DeviceRead read) {
        reads.handle(read);
    }

    void openKeypadForPreview() {
        main.getChildren()
                .filter(IdentifyScreen.class::isInstance)
                .map(IdentifyScreen.class::cast)
                .forEach(screen -> screen.openKeypad());
    }

    String ticketIdForTest() {
        return ticketStep.ticketId();
    }

    /**
     * For the scanner integration: a scan while "How was your visit?" is open names the visit (mobile-ticket link or
     * ticket number). Call inside {@code ui.access}.
     *
     * @return whether feedback took the scan; if not, it is a check-in scan
     */
    public boolean feedbackScanned(String text) {
        boolean taken = feedback.acceptScan(text, checkIn.language());
        if (taken) render();
        return taken;
    }

    FeedbackPanel feedback() {
        return feedback;
    }

    CheckIn checkIn() {
        return checkIn;
    }

    OverrideState overrides() {
        return overrides;
    }
}
