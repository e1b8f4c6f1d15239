package fi.vuoro.server.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.StaffIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The printed ticket: logo and header/footer texts per language, with a preview drawn by the hardware module's
 * printer emulator from the very ESC/POS bytes a kiosk would send.
 */
@Route(value = "admin/layout", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class TicketLayoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TicketLayouts layouts;
    private final SiteDirectory sites;

    private final Map<String, TextField> headers = new HashMap<>();
    private final Map<String, TextArea> footers = new HashMap<>();
    private final Select<String> previewLanguage = new Select<>();
    private final Select<PaperWidth> previewPaper = new Select<>();
    private final Div preview = new Div();
    private final Paragraph logoInfo = new Paragraph();
    private final FieldMessages messages = new FieldMessages(this);
    private SitePicker sitePicker;
    private int previewVersion;

    public TicketLayoutView(TicketLayouts layouts, SiteDirectory sites) {
        this.layouts = layouts;
        this.sites = sites;
        addClassName("admin-view");
        addClassName("layout-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.layout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminLayout.applyLanguage(event);
        removeAll();
        sitePicker = new SitePicker(sites, s -> load());
        var form = new FormLayout();
        for (String l : TicketLayouts.LANGUAGES) {
            var header = headers.computeIfAbsent(l, k -> new TextField());
            header.setLabel(getTranslation("layout.headerIn", getTranslation("admin.language." + l)));
            header.setMaxLength(200);
            var footer = footers.computeIfAbsent(l, k -> new TextArea());
            footer.setLabel(getTranslation("layout.footerIn", getTranslation("admin.language." + l)));
            footer.setMaxLength(300);
            messages.bind("header." + l, header).bind("footer." + l, footer);
        }
        for (String l : TicketLayouts.LANGUAGES) form.add(headers.get(l));
        for (String l : TicketLayouts.LANGUAGES) form.add(footers.get(l));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        var save = new Button(getTranslation("layout.saveTexts"), e -> {
            Map<String, String> h = new HashMap<>();
            Map<String, String> f = new HashMap<>();
            headers.forEach((l, field) -> h.put(l, field.getValue()));
            footers.forEach((l, field) -> f.put(l, field.getValue()));
            if (messages.run(() -> layouts.saveTexts(StaffIdentity.currentName(), sitePicker.getValue(), h, f))) {
                renderPreview();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");

        var upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> uploaded(bytes));
        }));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        upload.setMaxFileSize(LogoConverter.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> error(getTranslation("layout.error.logoSize")));
        upload.addClassName("logo-upload");
        var removeLogo = new Button(getTranslation("layout.removeLogo"), e -> {
            layouts.removeLogo(StaffIdentity.currentName(), sitePicker.getValue());
            load();
        });

        previewLanguage.setLabel(getTranslation("layout.previewLanguage"));
        previewLanguage.setItems(TicketLayouts.LANGUAGES);
        previewLanguage.setItemLabelGenerator(l -> getTranslation("admin.language." + l));
        previewLanguage.setValue(
                List.of("fi", "sv", "en").contains(getLocale().getLanguage())
                        ? getLocale().getLanguage()
                        : "fi");
        previewLanguage.addValueChangeListener(e -> renderPreview());
        previewPaper.setLabel(getTranslation("layout.previewPaper"));
        previewPaper.setItems(PaperWidth.MM80, PaperWidth.MM58);
        previewPaper.setItemLabelGenerator(p -> p.millimetres() + " mm");
        previewPaper.setValue(PaperWidth.MM80);
        previewPaper.addValueChangeListener(e -> renderPreview());
        preview.addClassName("ticket-preview");

        var editor = new VerticalLayout(
                sitePicker,
                new H2(getTranslation("layout.texts")),
                form,
                save,
                new H2(getTranslation("layout.logo")),
                new Paragraph(getTranslation("layout.logoHelp")),
                logoInfo,
                new HorizontalLayout(upload, removeLogo));
        editor.setPadding(false);
        editor.addClassName("layout-editor");
        var previewControls = new HorizontalLayout(previewLanguage, previewPaper);
        previewControls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var previewColumn = new VerticalLayout(
                new H2(getTranslation("layout.preview")),
                new Paragraph(getTranslation("layout.previewHelp")),
                previewControls,
                preview);
        previewColumn.setPadding(false);
        previewColumn.addClassName("layout-preview-column");
        var columns = new HorizontalLayout(editor, previewColumn);
        columns.setWidthFull();
        columns.addClassName("layout-columns");
        add(new H1(getTranslation("admin.nav.layout")), columns);
        load();
    }

    private void uploaded(byte[] bytes) {
        try {
            var logo = layouts.uploadLogo(StaffIdentity.currentName(), sitePicker.getValue(), bytes);
            var n = Notification.show(
                    getTranslation("layout.logoSaved", logo.width(), logo.height()),
                    3000,
                    Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
        } catch (AdminValidationException e) {
            error(getTranslation(e.problems().getFirst().messageKey()));
        }
    }

    private void error(String text) {
        Notification.show(text, 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void load() {
        if (sitePicker.getValue() == null) return;
        var layout = layouts.layout(sitePicker.getValue());
        for (String l : TicketLayouts.LANGUAGES) {
            headers.get(l).setValue(layout.header().getOrDefault(l, ""));
            footers.get(l).setValue(layout.footer().getOrDefault(l, ""));
        }
        logoInfo.setText(
                layout.logo() == null
                        ? getTranslation("layout.noLogo")
                        : getTranslation(
                                "layout.logoSize",
                                layout.logo().width(),
                                layout.logo().height()));
        renderPreview();
    }

    private void renderPreview() {
        if (sitePicker == null || sitePicker.getValue() == null) return;
        byte[] png = layouts.preview(sitePicker.getValue(), previewLanguage.getValue(), previewPaper.getValue());
        String file = "ticket-preview-" + (++previewVersion) + ".png";
        var image = new Image(
                DownloadHandler.fromInputStream(
                        e -> new DownloadResponse(new ByteArrayInputStream(png), file, "image/png", png.length)),
                getTranslation("layout.previewAlt"));
        image.addClassName("ticket-preview-image");
        image.getElement()
                .setAttribute(
                        "data-width", Integer.toString(previewPaper.getValue().dots()));
        preview.removeAll();
        preview.add(image);
    }
}
