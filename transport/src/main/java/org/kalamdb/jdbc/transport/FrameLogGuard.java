package org.kalamdb.jdbc.transport;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps grpc-netty's HTTP/2 frame logger quiet. grpc-netty logs every frame at FINE (DEBUG) under
 * the name of its client handler, HEADERS frames included, and so the {@code authorization} header
 * of Ping and OpenSession (a Basic password or a static token) in clear text, as soon as an
 * application turns {@code io.grpc} or the root logger to FINE. The header cannot be kept out of
 * the frames, so the frame logger's own level is pinned to INFO before a Netty channel is built; a
 * level set on a more general logger can then no longer reach it. The level is checked again for
 * every channel, so a logging configuration read later (which resets levels) cannot turn the frame
 * log back on: this driver's frame log is never available through java.util.logging.
 *
 * <p>java.util.logging holds loggers weakly, and a collected logger forgets its level: the logger
 * is kept here for the life of the class.
 */
final class FrameLogGuard {

    /** The logger grpc-netty's client frame logger writes to (its handler's class name). */
    static final String CLIENT_FRAME_LOGGER = "io.grpc.netty.NettyClientHandler";

    private static final Logger PINNED = Logger.getLogger(CLIENT_FRAME_LOGGER);

    private FrameLogGuard() {}

    /** Pins the frame logger (again, if its level was reset); call before building a channel. */
    static void ensurePinned() {
        Level level = PINNED.getLevel();
        if (level == null || level.intValue() < Level.INFO.intValue()) {
            PINNED.setLevel(Level.INFO);
        }
    }
}
