package fi.vuoro.server.counter;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fi.vuoro.server.queue.PriorityClass;
import fi.vuoro.server.queue.QueueCommands;
import fi.vuoro.server.queue.TicketStatus;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.queue.VisitRecord;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffIdentity;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The visitor at this counter: notes handed forward come first (so nobody starts over), then the visit's history,
 * then the actions that fit the ticket's status. Shortcuts: F3 recall, F4 complete.
 */
class CurrentVisitPanel extends Div {

    static final List<String> OUTCOMES = List.of("served", "follow-up", "referred");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final QueueCommands commands;
    private final Consumer<Supplier<?>> act;
    private final Supplier<ServiceNames> serviceNames;
    private final SiteDirectory sites;

    private final H2 heading = new H2();
    private final Span status = new Span();
    private final UnorderedList notes = new UnorderedList();
    private final UnorderedList history = new UnorderedList();
    private final TextField newNote = new TextField();
    private final Button addNote = new Button();
    private final Button recall = new Button();
    private final Button start = new Button();
    private final Button noShow = new Button();
    private final Button park = new Button();
    private final ComboBox<String> outcome = new ComboBox<>();
    private final Button complete = new Button();
    private final Button transfer = new Button();

    private final H3 notesHeading = new H3();
    private final H3 historyHeading = new H3();

    private TicketView ticket;

    CurrentVisitPanel(
            QueueCommands commands,
            Consumer<Supplier<?>> act,
            Supplier<ServiceNames> serviceNames,
            SiteDirectory sites) {
        this.commands = commands;
        this.act = act;
        this.serviceNames = serviceNames;
        this.sites = sites;
        addClassName("current-visit");
        notes.addClassName("visit-notes");
        newNote.addClassName("new-note");
        history.addClassName("visit-history");
        addNote.addClickListener(e -> {
            if (!newNote.getValue().isBlank()) {
                String text = newNote.getValue().strip();
                newNote.clear();
                run(c -> {
                    c.addNote(ticket.id(), text, StaffIdentity.currentName());
                    return null;
                });
            }
        });
        recall.addClassName("recall");
        recall.addClickShortcut(Key.F3);
        recall.addClickListener(e -> run(c -> c.recall(ticket.id(), StaffIdentity.currentName())));
        start.addClassName("start");
        start.addClickListener(e -> run(c -> c.start(ticket.id(), StaffIdentity.currentName())));
        noShow.addClickListener(e -> run(c -> c.noShow(ticket.id(), StaffIdentity.currentName())));
        park.addClickListener(e -> run(c -> c.park(ticket.id(), StaffIdentity.currentName())));
        outcome.setItems(OUTCOMES);
        outcome.setItemLabelGenerator(o -> getTranslation("counter.outcome." + o));
        outcome.setValue(OUTCOMES.getFirst());
        complete.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        complete.addClickShortcut(Key.F4);
        complete.addClassName("complete");
        complete.addClickListener(e -> run(c -> c.complete(
                ticket.id(), outcome.getOptionalValue().orElse(OUTCOMES.getFirst()), StaffIdentity.currentName())));
        transfer.addClassName("transfer");
        transfer.addClickListener(e -> new TransferDialog(
                        sites.services(ticket.siteId()),
                        serviceNames.get(),
                        (serviceId, note) ->
                                run(c -> c.transfer(ticket.id(), serviceId, null, note, StaffIdentity.currentName())))
                .open());

        var noteRow = new HorizontalLayout(newNote, addNote);
        var actions = new HorizontalLayout(recall, start, noShow, park, outcome, complete, transfer);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setWrap(true);
        add(heading, status, notesHeading, notes, noteRow, historyHeading, history, actions);
    }

    /** Sets every fixed text in the UI's current language; the view calls it once the language is known. */
    void applyTexts() {
        newNote.setPlaceholder(getTranslation("counter.notePlaceholder"));
        newNote.setAriaLabel(getTranslation("counter.notePlaceholder"));
        addNote.setText(getTranslation("counter.addNote"));
        recall.setText(getTranslation("counter.recall") + " (F3)");
        start.setText(getTranslation("counter.start"));
        noShow.setText(getTranslation("counter.noShow"));
        park.setText(getTranslation("counter.park"));
        outcome.setItemLabelGenerator(o -> getTranslation("counter.outcome." + o));
        outcome.setAriaLabel(getTranslation("counter.outcome"));
        complete.setText(getTranslation("counter.complete") + " (F4)");
        transfer.setText(getTranslation("counter.transfer"));
        notesHeading.setText(getTranslation("counter.notes"));
        historyHeading.setText(getTranslation("counter.history"));
    }

    /** One queue command against the current ticket. */
    interface CommandRunner {
        Object run(QueueCommands commands);
    }

    private void run(CommandRunner command) {
        if (ticket != null) {
            act.accept(() -> command.run(commands));
        }
    }

    void show(TicketView ticket, VisitRecord visit) {
        this.ticket = ticket;
        notes.removeAll();
        history.removeAll();
        boolean present = ticket != null;
        for (Button b : List.of(addNote, recall, start, noShow, park, complete, transfer)) {
            b.setEnabled(present);
        }
        if (!present) {
            heading.setText(getTranslation("counter.noVisitor"));
            status.setText("");
            return;
        }
        heading.setText(ticket.number() + " · " + serviceNames.get().name(ticket.serviceId(), getLocale()));
        String priority = ticket.priority() == PriorityClass.NORMAL
                ? ""
                : " · " + getTranslation("priority." + ticket.priorityReason().name());
        status.setText(getTranslation("status." + ticket.status().name()) + priority);
        start.setEnabled(ticket.status() == TicketStatus.CALLED);
        recall.setEnabled(ticket.status() == TicketStatus.CALLED);
        noShow.setEnabled(ticket.status() == TicketStatus.CALLED);
        ZoneId zone = sites.site(ticket.siteId()).map(s -> s.timeZone()).orElse(ZoneId.systemDefault());
        if (visit.notes().isEmpty()) {
            notes.add(new ListItem(getTranslation("counter.noNotes")));
        }
        for (VisitRecord.Note n : visit.notes()) {
            notes.add(new ListItem(TIME.format(n.at().atZone(zone)) + " " + n.author() + ": "
                    + NoteText.text(n.text(), this::getTranslation)));
        }
        Function<String, String> counterName =
                id -> sites.counter(id).map(c -> c.name()).orElse(id);
        Function<String, String> serviceName = id -> serviceNames.get().name(id, getLocale());
        for (VisitRecord.HistoryEntry h : visit.history()) {
            history.add(new ListItem(TIME.format(h.at().atZone(zone)) + " "
                    + HistoryText.line(h, counterName, serviceName, this::getTranslation)));
        }
    }
}
