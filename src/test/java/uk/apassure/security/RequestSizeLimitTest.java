package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over-size uploads against the running application (same context as SecurityHeadersTest). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    MultipartConfigElement multipart;

    @Test
    void a_120_mb_post_is_refused_by_its_length_before_the_body_is_sent() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            // the headers promise 120 MB, and no body follows: a server that read the body would wait
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /VAADIN/dynamic/resource/1/00000000-0000-0000-0000-000000000000/upload HTTP/1.1\r\n"
                    + "Host: localhost\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + (120L * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder response = new StringBuilder();
            byte[] buffer = new byte[4096];
            int read;
            while (!response.toString().contains(RequestSizeLimit.MESSAGE) && (read = in.read(buffer)) > 0) {
                response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }

            assertThat(response.toString()).startsWith("HTTP/1.1 413");
            assertThat(response.toString()).contains(RequestSizeLimit.MESSAGE);
        }
    }

    @Test
    void multipart_parts_are_limited_to_20_mb_and_spooled_to_disk_above_1_mb() {
        assertThat(multipart.getMaxFileSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(21L * 1024 * 1024);
        assertThat(multipart.getFileSizeThreshold()).isEqualTo(1024 * 1024);
    }
}
