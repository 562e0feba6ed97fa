package org.kalamdb.jdbc.compat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the build tells the tests (surefire system properties set in this module's pom): where the
 * shaded driver jar was copied, where the test classes are, and which {@code java} executables
 * run the forked JVMs.
 */
final class BuildPaths {

    private BuildPaths() {
    }

    /** target/shaded/kalam-jdbc-all.jar, copied there by maven-dependency-plugin. */
    static Path shadedJar() {
        return existing("kalam.shadedJar");
    }

    static Path testClasses() {
        return existing("kalam.testClasses");
    }

    static Path jdk17() {
        return existing("kalam.jdk17");
    }

    /** The Temurin 25 JDK's java (root pom property temurin25.home). */
    static Path jdk25() {
        return existing("kalam.jdk25");
    }

    /** The project version, which the driver must report. */
    static String version() {
        return property("kalam.version");
    }

    private static Path existing(String name) {
        Path p = Path.of(property(name));
        if (!Files.exists(p)) {
            throw new IllegalStateException(name + " points to " + p + ", which does not exist");
        }
        return p;
    }

    private static String property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run the tests through Maven "
                    + "(this module's pom sets it)");
        }
        return v;
    }
}
