package fi.vuoro.kiosk.ticket;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The printer used until a receipt printer is configured: tickets live on screen and on the phone only. */
final class ScreenOnlyPrinter implements TicketPrinter {

    @Override
    public PrintOutcome print(PrintableTicket ticket) {
        return PrintOutcome.NO_PRINTER;
    }

    @Configuration(proxyBeanMethods = false)
    static class Fallback {
        @Bean
        @ConditionalOnMissingBean(TicketPrinter.class)
        TicketPrinter screenOnlyPrinter() {
            return new ScreenOnlyPrinter();
        }
    }
}
