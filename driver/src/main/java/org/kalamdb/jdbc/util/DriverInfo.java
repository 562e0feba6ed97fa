package org.kalamdb.jdbc.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The driver's own identity: version from the build-filtered {@code driver.properties}. */
public final class DriverInfo {

    public static final String DRIVER_NAME = "KalamDB JDBC Driver";
    public static final String PRODUCT_NAME = "KalamDB";

    private static final String VERSION = loadVersion();

    private DriverInfo() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    public static int majorVersion() {
        return versionPart(0);
    }

    public static int minorVersion() {
        return versionPart(1);
    }

    private static int versionPart(int index) {
        String[] parts = VERSION.split("[.-]");
        if (parts.length <= index) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String loadVersion() {
        try (InputStream in = DriverInfo.class.getResourceAsStream("/org/kalamdb/jdbc/driver.properties")) {
            if (in == null) {
                return "0.0.0";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "0.0.0").trim();
            return v.isEmpty() || v.startsWith("${") ? "0.0.0" : v;
        } catch (IOException e) {
            return "0.0.0";
        }
    }
}
