package uk.apassure.base.ui;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Smaller read and write buffers for each of Tomcat's connections (issue 14: heap per signed-in
 * user). Every open page keeps one connection, its push WebSocket (see {@link PushBuffers}), and
 * Tomcat gives each connection an 8 KB read and an 8 KB write buffer for as long as it is open: in
 * a heap dump of 20 parked pages that was 16 KB of the about 190 KB each page kept. A request's
 * headers are read into the request's own buffer (up to Tomcat's header limit), not this one, and
 * a longer response is written in more pieces; Tomcat's documentation suggests smaller buffers for
 * many long-lived connections. The size is {@code apassure.socket-buffer-size} (default 4096;
 * 8192 is Tomcat's own), so the trade against throughput can be measured (LoadBenchmark).
 */
@Component
class SocketBuffers implements TomcatConnectorCustomizer {

    static final String READ = "socket.appReadBufSize";
    static final String WRITE = "socket.appWriteBufSize";

    private final int size;

    SocketBuffers(@Value("${apassure.socket-buffer-size:4096}") int size) {
        if (size < 1024) {
            throw new IllegalArgumentException("apassure.socket-buffer-size must be at least 1024 bytes, not " + size);
        }
        this.size = size;
    }

    @Override
    public void customize(Connector connector) {
        connector.setProperty(READ, Integer.toString(size));
        connector.setProperty(WRITE, Integer.toString(size));
    }
}
