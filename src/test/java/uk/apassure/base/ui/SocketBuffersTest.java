package uk.apassure.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.net.AbstractEndpoint;
import org.apache.tomcat.util.net.SocketProperties;
import org.junit.jupiter.api.Test;

class SocketBuffersTest {

    @Test
    void each_connection_reads_and_writes_through_4_kb_buffers_instead_of_8() throws Exception {
        Connector connector = new Connector("HTTP/1.1");
        assertThat(socket(connector).getAppReadBufSize()).isEqualTo(8192);
        assertThat(socket(connector).getAppWriteBufSize()).isEqualTo(8192);

        new SocketBuffers(4096).customize(connector);

        assertThat(socket(connector).getAppReadBufSize()).isEqualTo(4096);
        assertThat(socket(connector).getAppWriteBufSize()).isEqualTo(4096);
    }

    @Test
    void the_size_can_be_set_but_not_below_1_kb() throws Exception {
        Connector connector = new Connector("HTTP/1.1");
        new SocketBuffers(8192).customize(connector);
        assertThat(socket(connector).getAppWriteBufSize()).isEqualTo(8192);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SocketBuffers(512))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The connector's socket settings, as its endpoint will open connections with them. */
    private static SocketProperties socket(Connector connector) throws Exception {
        Method endpoint = AbstractProtocol.class.getDeclaredMethod("getEndpoint");
        endpoint.setAccessible(true);
        return ((AbstractEndpoint<?, ?>) endpoint.invoke(connector.getProtocolHandler())).getSocketProperties();
    }
}
