package uk.apassure;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.apassure.base.db.EmbeddedMariaDbEarlyStart;
import uk.apassure.base.ui.PushBuffers;

/**
 * Plain stylesheets served from META-INF/resources: no frontend bundle build (PLATFORM.md).
 * Server push for alerts that must appear at once (base.ui.InAppAlerts). WEBSOCKET_XHR: the server
 * pushes over a WebSocket, but every request from the browser stays a normal HTTP request through
 * Shiro's filter, so each event handler runs with the signed-in Subject bound.
 */
@SpringBootApplication
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/ap-assure.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        PushBuffers.beforeStart();
        SpringApplication application = new SpringApplication(Application.class);
        // the embedded MariaDB starts beside Spring's own start-up, not after half of it (issue 14)
        application.addListeners(new EmbeddedMariaDbEarlyStart());
        application.run(args);
    }
}
