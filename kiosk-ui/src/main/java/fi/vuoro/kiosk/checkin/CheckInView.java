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
    private Registration pollRegistration;

    public CheckInView(
            QueueGateway gateway,
            TicketPrinter printer,
            KioskProperties properties,
            Clock clock,
            FeedbackGateway feedbackGateway) {
        this.gateway = gateway;
        this.properties = properties;
        this.checkIn = new CheckIn(
                clock,
                properties.timeouts().flow(),
                properties.timeouts().struggle(),
                properties.identificationOffered(),
                Language.FI.code(),
                () -> UUID.randomUUID().toString());
        this.ticketStep = new TicketStep(gateway, printer, properties, clock);
        this.feedback = new FeedbackPanel(feedbackGateway, clock);
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
        if (pollRegistration != null) pollRegistration.remove();
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
            checkIn.helpAnswered(answered.staffName());
            render();
        } else if (overrides.apply(command)) {
            render();
        }
    }

    private void sendHelpRequest(String reason) {
        var delivered = gateway.requestHelp(HelpRequests.from(checkIn, reason));
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
        main.add(
                switch (checkIn.step()) {
                    case ATTRACT -> new AttractScreen(() -> act(checkIn::start));
                    case LANGUAGE -> new LanguageScreen(l -> act(() -> checkIn.chooseLanguage(l.code())));
                    case SERVICE ->
                        serviceScreen = new ServiceScreen(
                                checkIn.language(),
                                checkIn.issueFailedLastTime(),
                                id -> act(() -> checkIn.chooseService(id)));
                    case IDENTIFY ->
                        new IdentifyScreen(
                                code -> act(() -> checkIn.identify(new Identification.KeypadCode(code))),
                                () -> act(checkIn::skipIdentification));
                    case ISSUING -> new Paragraph(getTranslation("issuing.title"));
                    case TICKET ->
                        new TicketScreen(ticketStep.printable(), ticketStep.printed(), () -> act(checkIn::finish));
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
        if (overrides.mode() != OverrideState.Mode.NORMAL) {
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
    }

    /** The preview cannot wait for the idle clock; it shows the same warning component directly. */
    void showIdleWarningForPreview() {
        previewIdleWarning = true;
        render();
    }

    void openKeypadForPreview() {
        main.getChildren()
                .filter(IdentifyScreen.class::isInstance)
                .map(IdentifyScreen.class::cast)
                .forEach(screen -> screen.openKeypad());
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
