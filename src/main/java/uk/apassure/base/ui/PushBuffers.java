package uk.apassure.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.websocket.server.ServerContainer;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * Smaller buffers for the push WebSocket, which every open page keeps for as long as it is open
 * (issue 14: heap per signed-in user). Measured in a heap dump of 20 parked pages, each WebSocket
 * held about 128 KB of buffers: Atmosphere's 16 KB byte and 16,384-char buffers (which it only
 * clears when the socket closes; Vaadin sets their size), Tomcat's 8 KB buffers for reading frames,
 * writing them, encoding text and compressing (two), and its message buffers of 8,192 chars and
 * 8 KB, besides the socket's own 8 KB read and write buffers. This app's browsers never send over
 * the WebSocket ({@code WEBSOCKET_XHR}: every request is an XHR) and the server pushes only small,
 * rare messages (in-app alerts), so the buffers start small: a message buffer grows when a longer
 * message arrives (up to the 16 KB Vaadin allows), and a longer pushed message is written in
 * several pieces.
 */
@Component
public class PushBuffers implements ServletContextListener, VaadinServiceInitListener {

    /** Read, write, encoding and compression buffers of each WebSocket (Tomcat's default 8,192). */
    static final String FRAME_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int FRAME_BUFFER = 2048;
    /** Initial text and binary message buffers of each WebSocket (Tomcat's default 8,192). */
    static final int MESSAGE_BUFFER = 1024;
    /** Atmosphere's unused per-WebSocket buffers (Vaadin sets 16,384). */
    static final String ATMOSPHERE_BUFFER_PARAMETER = "org.atmosphere.websocket.bufferSize";
    static final int ATMOSPHERE_BUFFER = 1024;

    /**
     * Tomcat reads the frame buffer size once, from a system property, when its WebSocket classes
     * load: call before Spring starts. A size set on the command line is kept.
     */
    public static void beforeStart() {
        if (System.getProperty(FRAME_BUFFER_PROPERTY) == null) {
            System.setProperty(FRAME_BUFFER_PROPERTY, Integer.toString(FRAME_BUFFER));
        }
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(ServerContainer.class.getName()) instanceof ServerContainer ws) {
            ws.setDefaultMaxTextMessageBufferSize(MESSAGE_BUFFER);
            ws.setDefaultMaxBinaryMessageBufferSize(MESSAGE_BUFFER);
        }
    }

    /** Atmosphere is set up (by Vaadin) when the servlet context starts; each new WebSocket reads the size. */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (event.getSource() instanceof VaadinServletService service && service.getServlet() != null) {
            ServletContext context = service.getServlet().getServletContext();
            for (String name : Collections.list(context.getAttributeNames())) {
                if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                    atmosphere.addInitParameter(ATMOSPHERE_BUFFER_PARAMETER, Integer.toString(ATMOSPHERE_BUFFER));
                }
            }
        }
    }
}
