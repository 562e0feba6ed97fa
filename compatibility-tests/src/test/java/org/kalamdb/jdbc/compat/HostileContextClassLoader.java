package org.kalamdb.jdbc.compat;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A thread context class loader like the ones tools set while they call a driver they loaded in a
 * class loader of its own (DBeaver, IntelliJ): it either refuses everything, or sees the tool's own
 * class path — here the test class path, with the thin driver and unrelocated gRPC, Netty,
 * protobuf and Jackson — so that a driver resolving anything through it would get foreign classes.
 * It records every class and resource name it is asked for.
 */
final class HostileContextClassLoader extends ClassLoader {

    enum Kind {
        /** Finds nothing, not even java.lang.Object. */
        REFUSING,
        /** Finds the test class path: same class names, different classes. */
        CONFLICTING
    }

    private final Kind kind;
    private final Set<String> requested = ConcurrentHashMap.newKeySet();

    HostileContextClassLoader(Kind kind) {
        super("hostile-" + kind, kind == Kind.REFUSING ? null : ClassLoader.getSystemClassLoader());
        this.kind = kind;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        requested.add(name);
        if (kind == Kind.REFUSING) {
            throw new ClassNotFoundException(name + " (refused by the hostile context class loader)");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        requested.add(name);
        return kind == Kind.REFUSING ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        requested.add(name);
        return kind == Kind.REFUSING ? Collections.emptyEnumeration() : super.getResources(name);
    }

    /** Names of ours (or of our relocated dependencies) that were looked up here: there must be none. */
    Set<String> requestedDriverNames() {
        Set<String> out = new TreeSet<>();
        for (String name : requested) {
            String n = name.replace('/', '.');
            if (n.startsWith("org.kalamdb.") || n.startsWith("META-INF.services.org.kalamdb")
                    || n.equals("META-INF.services.java.sql.Driver")) {
                out.add(name);
            }
        }
        return out;
    }
}
