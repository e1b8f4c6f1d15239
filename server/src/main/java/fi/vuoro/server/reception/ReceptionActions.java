package fi.vuoro.server.reception;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.ui.ServiceNames;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** The console's small dialogs: each collects what one action needs and hands it to a callback. */
final class ReceptionActions {

    private ReceptionActions() {}

    static Dialog urgency(Component host, Consumer<PriorityReason> onConfirm) {
        var reason = new Select<PriorityReason>();
        reason.setLabel(host.getTranslation("reception.urgencyReason"));
        reason.setItems(Arrays.stream(PriorityReason.values())
                .filter(r -> r != PriorityReason.NONE)
                .toList());
        reason.setItemLabelGenerator(r -> host.getTranslation("priority." + r.name()));
        reason.setValue(PriorityReason.URGENT_MEDICAL);
        return confirmDialog(host, "reception.raiseUrgency", reason, d -> onConfirm.accept(reason.getValue()));
    }

    static Dialog transfer(
            Component host, List<Service> services, ServiceNames names, BiConsumer<String, String> onConfirm) {
        var service = serviceSelect(host, services, names);
        var note = new TextArea(host.getTranslation("reception.handOverNote"));
        note.setRequired(true);
        note.setMaxLength(2000);
        note.setWidthFull();
        note.addClassName("transfer-note");
        var form = new VerticalLayout(service, note);
        form.setPadding(false);
        return confirmDialog(host, "reception.transfer", form, d -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(host.getTranslation("reception.noteRequired"));
                throw new IllegalStateException("note required");
            }
            onConfirm.accept(service.getValue().id(), note.getValue().strip());
        });
    }

    static Dialog message(Component host, String current, Consumer<String> onConfirm) {
        var text = new TextField(host.getTranslation("reception.kioskMessage"));
        text.setMaxLength(300);
        text.setWidthFull();
        text.setValue(current == null ? "" : current);
        text.setHelperText(host.getTranslation("reception.kioskMessageHelp"));
        return confirmDialog(host, "reception.sendMessage", text, d -> onConfirm.accept(text.getValue()));
    }

    static Dialog lock(Component host, Consumer<String> onConfirm) {
        var reason = new TextField(host.getTranslation("reception.lockReason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        return confirmDialog(host, "reception.lock", reason, d -> onConfirm.accept(reason.getValue()));
    }

    static Select<Service> serviceSelect(Component host, List<Service> services, ServiceNames names) {
        var select = new Select<Service>();
        select.setLabel(host.getTranslation("reception.service"));
        select.setItems(services);
        Locale locale = host.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
        select.setItemLabelGenerator(s -> names.name(s.id(), locale));
        if (!services.isEmpty()) select.setValue(services.getFirst());
        return select;
    }

    private static Dialog confirmDialog(Component host, String titleKey, Component body, Consumer<Dialog> onConfirm) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(host.getTranslation(titleKey));
        dialog.add(body);
        var ok = new Button(host.getTranslation(titleKey), e -> {
            try {
                onConfirm.accept(null);
            } catch (IllegalStateException invalid) {
                return; // the form shows what is missing
            }
            dialog.close();
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm");
        var cancel = new Button(host.getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, ok);
        return dialog;
    }
}
