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

    WebSocketFrameLimits(int maxMessageBytes) {
        setMaxTextMessageBufferSize(maxMessageBytes);
        setMaxBinaryMessageBufferSize(maxMessageBytes);
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
