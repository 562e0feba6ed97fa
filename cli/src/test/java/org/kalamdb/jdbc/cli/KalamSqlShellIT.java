package org.kalamdb.jdbc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell as a user runs it: the packaged jar in its own JVM. */
class KalamSqlShellIT {

    @Test
    void quickStartFromTheReadmeRunsAndShowsEachFeature() throws Exception {
        ShellProcess.Result r = ShellProcess.run(List.of("-f", "examples/quickstart.sql"), null);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("", r.stderr());
        String out = r.stdout();
        // shared table rows
        assertTrue(out.contains("| 1  | Coffee | 4.50  |"), out);
        // two tenants, each sees only its own cart row
        assertTrue(out.contains("| 1          | 2        | alice   |"), out);
        assertTrue(out.contains("| 2          | 1        | bob     |"), out);
        // inside the transaction: the update and the insert are visible ...
        assertTrue(out.contains("| 1  | Coffee | 5.50  |"), out);
        assertTrue(out.contains("| 3  | Cocoa  | 5.00  |"), out);
        // ... and kalam_exec lists the three tables of each type
        assertTrue(out.contains("{\"table_name\":\"carts\",\"table_type\":\"user\"}"), out);
        assertTrue(out.contains("{\"table_name\":\"events\",\"table_type\":\"stream\"}"), out);
        assertTrue(out.contains("{\"table_name\":\"products\",\"table_type\":\"shared\"}"), out);
        // after ROLLBACK the last product listing has two rows again
        String afterRollback = out.substring(out.lastIndexOf("| id | name   | price |"));
        assertFalse(afterRollback.contains("Cocoa"), afterRollback);
        assertTrue(afterRollback.contains("| 1  | Coffee | 4.50  |"), afterRollback);
    }

    @Test
    void executeStopsAtTheFirstFailedStatementWithNonZeroStatus() throws Exception {
        ShellProcess.Result r = ShellProcess.run(
                List.of("-e", "SELECT 1 AS first", "-e", "SELECT * FROM nope.missing", "-e", "SELECT 3 AS third"), null);
        assertEquals(1, r.exitCode());
        assertTrue(r.stdout().contains("| first |"), r.stdout());
        assertFalse(r.stdout().contains("third"), r.stdout());
        assertTrue(r.stderr().contains("ERROR 42P01: relation \"nope.missing\" does not exist"), r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no stack trace: " + r.stderr());
    }

    @Test
    void scriptFileFailureIsReportedWithItsSqlState(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("bad.sql");
        Files.writeString(script, "SELECT 1 AS ok;\nSELECT FROM WHERE;\nSELECT 2 AS never;\n");
        ShellProcess.Result r = ShellProcess.run(List.of("-f", script.toString()), null);
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().startsWith("ERROR 42601:"), r.stderr());
        assertFalse(r.stdout().contains("never"), r.stdout());
    }

    @Test
    void csvAndJsonFormats() throws Exception {
        ShellProcess.Result csv = ShellProcess.run(
                List.of("--format", "csv", "-e", "SELECT 'a,b' AS x, 'plain' AS y, kalam_compiled_mode() AS mode"), null);
        assertEquals(0, csv.exitCode(), csv.stderr());
        assertEquals("x,y,mode\n\"a,b\",plain,remote\n", csv.stdout().replace("\r", ""));

        ShellProcess.Result json = ShellProcess.run(
                List.of("--format", "json", "-e", "SELECT 'q\"uote' AS s, kalam_compiled_mode() AS mode"), null);
        assertEquals(0, json.exitCode(), json.stderr());
        assertEquals("[{\"s\":\"q\\\"uote\",\"mode\":\"remote\"}]\n", json.stdout().replace("\r", ""));
    }

    @Test
    void interactiveSqllineReadsStatementsFromStandardInput() throws Exception {
        ShellProcess.Result r = ShellProcess.run(List.of(),
                "CREATE SCHEMA IF NOT EXISTS repl;\n"
                        + "CREATE TABLE repl.notes (id BIGINT PRIMARY KEY, body TEXT) USING kalamdb;\n"
                        + "INSERT INTO repl.notes (id, body) VALUES (7, 'typed at the prompt');\n"
                        + "SELECT id, body FROM repl.notes;\n"
                        + "!quit\n");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("typed at the prompt"), r.stdout());
        assertTrue(r.stdout().contains("| 7  |"), r.stdout());
    }

    @Test
    void serveStartsAStandaloneServerThatTheShellReachesOverGrpc() throws Exception {
        Process server = ShellProcess.start(List.of("serve", "--port", "0", "--user", "admin:s3cret:dba"));
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertTrue(first != null && first.startsWith("listening on 127.0.0.1:"), String.valueOf(first));
            String port = first.substring(first.lastIndexOf(':') + 1);
            String url = "jdbc:kalam://127.0.0.1:" + port;

            ShellProcess.Result ok = ShellProcess.run(List.of("--url", url, "--user", "admin", "--password", "s3cret",
                    "--format", "csv", "-e", "SELECT kalam_compiled_mode() AS mode"), null);
            assertEquals(0, ok.exitCode(), ok.stderr());
            assertEquals("mode\nremote\n", ok.stdout().replace("\r", ""));

            ShellProcess.Result denied = ShellProcess.run(List.of("--url", url, "--user", "admin", "--password", "wrong",
                    "-e", "SELECT 1"), null);
            assertEquals(1, denied.exitCode());
            assertTrue(denied.stderr().startsWith("ERROR 28000:"), denied.stderr());
            assertFalse(denied.stderr().contains("wrong"), "the password must not be echoed: " + denied.stderr());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }
}
