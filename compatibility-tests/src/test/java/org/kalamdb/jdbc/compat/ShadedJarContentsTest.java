package org.kalamdb.jdbc.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The shaded {@code -all} jar (design.md D10) holds only our packages and relocated third-party
 * code, no native library, service files whose names and providers are relocated and present, the
 * in-process server, and a manifest naming the module and the version.
 */
class ShadedJarContentsTest {

    private static final String SHADED = "org/kalamdb/jdbc/shaded/";

    private static List<String> entries(JarFile jar) {
        List<String> out = new ArrayList<>();
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            if (!entry.isDirectory()) {
                out.add(entry.getName());
            }
        }
        return out;
    }

    private static String read(JarFile jar, String name) throws IOException {
        JarEntry entry = jar.getJarEntry(name);
        assertNotNull(entry, name);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyClassIsOursOrRelocated() throws IOException {
        try (JarFile jar = new JarFile(BuildPaths.shadedJar().toFile())) {
            List<String> strays = new ArrayList<>();
            int relocated = 0;
            for (String name : entries(jar)) {
                if (name.endsWith(".class") && !name.startsWith("org/kalamdb/")) {
                    strays.add(name);
                }
                if (name.startsWith(SHADED)) {
                    relocated++;
                }
                if (name.startsWith("META-INF/native") || name.startsWith("META-INF/versions/")
                        || name.matches(".*\\.(so|dll|dylib|jnilib)$")) {
                    strays.add(name);
                }
            }
            assertEquals(List.of(), strays);
            for (String pkg : List.of("io/grpc/", "io/netty/", "io/perfmark/", "com/google/protobuf/",
                    "com/google/common/", "com/google/gson/", "com/google/flatbuffers/", "com/fasterxml/jackson/",
                    "net/sf/jsqlparser/", "org/apache/arrow/flatbuf/")) {
                assertTrue(entries(jar).stream().anyMatch(n -> n.startsWith(SHADED + pkg)), "no relocated " + pkg);
            }
            assertTrue(relocated > 1000, relocated + " relocated entries");
        }
    }

    @Test
    void serviceFilesAreRelocatedAndNameClassesInTheJar() throws IOException {
        try (JarFile jar = new JarFile(BuildPaths.shadedJar().toFile())) {
            List<String> services = entries(jar).stream().filter(n -> n.startsWith("META-INF/services/")).toList();
            assertTrue(services.contains("META-INF/services/java.sql.Driver"), services.toString());
            for (String grpc : List.of("NameResolverProvider", "LoadBalancerProvider", "ManagedChannelProvider",
                    "ServerProvider")) {
                assertTrue(services.contains("META-INF/services/org.kalamdb.jdbc.shaded.io.grpc." + grpc), grpc);
            }
            for (String service : services) {
                String api = service.substring("META-INF/services/".length());
                assertTrue(api.equals("java.sql.Driver") || api.startsWith("org.kalamdb.jdbc.shaded."),
                        "service of an unrelocated API: " + api);
                for (String line : read(jar, service).split("\n")) {
                    String provider = line.replaceAll("#.*", "").trim();
                    if (!provider.isEmpty()) {
                        assertNotNull(jar.getJarEntry(provider.replace('.', '/') + ".class"),
                                service + " names " + provider + ", which is not in the jar");
                    }
                }
            }
            assertEquals("org.kalamdb.jdbc.KalamDriver", read(jar, "META-INF/services/java.sql.Driver").trim());
        }
    }

    @Test
    void theInProcessServerAndTheVersionAreInside() throws IOException {
        try (JarFile jar = new JarFile(BuildPaths.shadedJar().toFile())) {
            assertNotNull(jar.getJarEntry("org/kalamdb/server/EmbeddedServers.class"));
            assertNotNull(jar.getJarEntry("org/kalamdb/server/ServerMain.class"));
            Attributes manifest = jar.getManifest().getMainAttributes();
            assertEquals("org.kalamdb.jdbc", manifest.getValue("Automatic-Module-Name"));
            assertEquals(BuildPaths.version(), manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
            Properties driver = new Properties();
            driver.load(new ByteArrayInputStream(read(jar, "org/kalamdb/jdbc/driver.properties")
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals(BuildPaths.version(), driver.getProperty("version"));
        }
    }
}
