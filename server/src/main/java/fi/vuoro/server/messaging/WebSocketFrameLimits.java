package fi.vuoro.server.messaging;

import jakarta.servlet.ServletContext;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Raises the servlet container's WebSocket frame buffers to the STOMP message size limit (Tomcat's default is 8 KB,
 * and a bigger message would close the connection before STOMP can refuse it with a clear error).
 *
 * <p>Tests with a mock servlet environment have no WebSocket container; there the limits are simply not applied
 * instead of failing the whole application context.
 */
class WebSocketFrameLimits extends ServletServerContainerFactoryBean {

    private static final String SERVER_CONTAINER = "jakarta.websocket.server.ServerContainer";

    private ServletContext servletContext;

    /**
     * Tomcat allocates these buffers for every session up front (a text buffer of {@code maxMessageBytes} chars, a
     * binary one of this size): with thousands of display and kiosk sessions they dominate the server's memory.
     * STOMP clients send text frames, so the binary buffer stays at Tomcat's 8 KB.
     */
    static final int BINARY_BUFFER_BYTES = 8 * 1024;

    WebSocketFrameLimits(int maxMessageBytes) {
        setMaxTextMessageBufferSize(maxMessageBytes);
        setMaxBinaryMessageBufferSize(Math.min(maxMessageBytes, BINARY_BUFFER_BYTES));
    }

    @Override
    public void setServletContext(ServletContext servletContext) {
        this.servletContext = servletContext;
        super.setServletContext(servletContext);
    }

    @Override
    public void afterPropertiesSet() {
        if (servletContext != null && servletContext.getAttribute(SERVER_CONTAINER) != null) {
            super.afterPropertiesSet();
        }
    }
}
