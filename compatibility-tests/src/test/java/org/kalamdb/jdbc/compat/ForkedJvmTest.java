package org.kalamdb.jdbc.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.kalamdb.jdbc.compat.forked.EveryTypeProgram;

/**
 * The shaded jar in clean JVMs with no {@code --add-opens} or any other flag (design.md D2), on
 * JDK 17 and on the Temurin 25 JDK — there also with {@code --sun-misc-unsafe-memory-access=deny}
 * (JDK 23+ only) — running {@link EveryTypeProgram} against {@code jdbc:kalam:mem:} (the server
 * inside the jar) and against a standalone server, started from the same jar, over the network
 * (Netty). Every KalamDB type is written and read back, and nothing at all is printed on stderr.
 */
class ForkedJvmTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (.+):(\\d+)");

    /** One forked run: which java, with which flags. */
    enum Run {
        JDK_17(List.of(), "17"),
        JDK_25(List.of(), "25"),
        JDK_25_UNSAFE_MEMORY_ACCESS_DENIED(List.of("--sun-misc-unsafe-memory-access=deny"), "25");

        final List<String> flags;
        final String version;

        Run(List<String> flags, String version) {
            this.flags = flags;
            this.version = version;
        }

        Path java() {
            return version.equals("17") ? BuildPaths.jdk17() : BuildPaths.jdk25();
        }
    }

    private static Path work;
    private static Process server;
    private static int port;

    @BeforeAll
    @Timeout(60)
    static void startStandaloneServer() throws IOException {
        work = BuildPaths.testClasses().resolveSibling("forked");
        Files.createDirectories(work);
        ProcessBuilder pb = new ProcessBuilder(BuildPaths.jdk17().toString(), "-cp",
                BuildPaths.shadedJar().toString(), "org.kalamdb.server.ServerMain", "serve", "--port", "0")
                .redirectError(work.resolve("server.err").toFile());
        clearJvmOptions(pb.environment());
        server = pb.start();
        // ServerMain prints exactly one line once it accepts calls.
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        Matcher m = LISTENING.matcher(line == null ? "" : line);
        assertTrue(m.matches(), "the standalone server said: " + line + " / "
                + Files.readString(work.resolve("server.err")));
        port = Integer.parseInt(m.group(2));
    }

    @AfterAll
    static void stopStandaloneServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Variables through which a JVM picks up options (and says so on stderr): none in a clean JVM. */
    private static void clearJvmOptions(Map<String, String> environment) {
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
    }

    @ParameterizedTest
    @EnumSource(Run.class)
    @Timeout(120)
    void everyTypeRoundTripsAndStderrStaysEmpty(Run run) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(run.java().toString());
        command.addAll(run.flags);
        command.add("-cp");
        command.add(BuildPaths.shadedJar() + File.pathSeparator + BuildPaths.testClasses());
        command.add(EveryTypeProgram.class.getName());
        command.add("forked_" + run.name().toLowerCase(java.util.Locale.ROOT));
        command.add("jdbc:kalam:mem:forked");
        command.add("jdbc:kalam://127.0.0.1:" + port);
        Path stdout = work.resolve(run.name() + ".out");
        Path stderr = work.resolve(run.name() + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        clearJvmOptions(pb.environment());
        Process p = pb.start();
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "the forked JVM did not finish");
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code; stderr:\n" + err + "\nstdout:\n" + out);
        assertEquals("", err, "stderr of " + run);
        assertEquals(expectedOutput(run.version), out.lines().toList());
    }

    private static List<String> expectedOutput(String javaVersion) {
        List<String> out = new ArrayList<>();
        out.add("java " + javaVersion);
        for (int url = 1; url <= 2; url++) {
            out.add("url " + url);
            List<String> values = List.of(
                    "b=true",
                    "si=-12",
                    "i=123456",
                    "bi=9007199254740993",
                    "f=1.5",
                    "d=-2.25",
                    "dec=12345.6789",
                    "t=héllo, wörld",
                    "by=0x0001feff",
                    "j={\"a\":[1,2]}",
                    "ts=Timestamp:2024-02-29 13:14:15.123456 / 2024-02-29T13:14:15.123456",
                    "dt=Date:1999-12-31 / 1999-12-31",
                    "dtm=OffsetDateTime:2025-01-02T03:04:05.000006Z / 2025-01-02T03:04:05.000006Z",
                    "tm=Time:23:59:58 / 23:59:58.999999",
                    "u=UUID:0190f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506",
                    "e=[0.5, -1.0, 2.25]",
                    "fi={\"id\":\"f1\",\"sub\":\"s\",\"name\":\"a.txt\",\"size\":3,\"mime\":\"text/plain\","
                            + "\"sha256\":\"abc\"}");
            for (String v : values) {
                out.add("row 1 " + v);
            }
            for (String v : values) {
                String column = v.substring(0, v.indexOf('='));
                boolean temporal = List.of("ts", "dt", "dtm", "tm").contains(column);
                out.add("row 2 " + column + "=null" + (temporal ? " / null" : ""));
            }
            out.add("engine aggregate n=2 texts=1 total=123456 top=12345.6789");
            out.add("engine join 1 héllo, wörld");
        }
        out.add("done");
        return out;
    }
}
