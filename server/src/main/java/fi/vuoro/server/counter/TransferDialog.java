package fi.vuoro.server.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.ui.ServiceNames;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Hands the visit to another service. The note is required: the next clerk reads it first, so the visitor never
 * has to start over.
 */
class TransferDialog extends Dialog {

    static final int MAX_NOTE = 1000;

    final Select<Service> service = new Select<>();
    final TextArea note = new TextArea();
    final Button confirm = new Button();

    TransferDialog(List<Service> services, ServiceNames names, BiConsumer<String, String> onTransfer) {
        setHeaderTitle(getTranslation("counter.transfer"));
        addClassName("transfer-dialog");
        service.setLabel(getTranslation("counter.transferTo"));
        service.setItems(services);
        service.setItemLabelGenerator(s -> names.name(s.id(), getLocale()));
        service.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("counter.handOverNote"));
        note.setRequired(true);
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        confirm.setText(getTranslation("counter.transfer"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            boolean noService = service.isEmpty();
            boolean noNote = note.getValue().isBlank();
            service.setInvalid(noService);
            service.setErrorMessage(getTranslation("counter.transferServiceRequired"));
            note.setInvalid(noNote);
            note.setErrorMessage(getTranslation("counter.noteRequired"));
            if (!noService && !noNote) {
                onTransfer.accept(service.getValue().id(), note.getValue().strip());
                close();
            }
        });
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        add(new VerticalLayout(service, note));
        getFooter().add(cancel, confirm);
    }
}
