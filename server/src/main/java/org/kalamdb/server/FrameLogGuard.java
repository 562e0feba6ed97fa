package org.kalamdb.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps grpc-netty's server-side HTTP/2 frame logger quiet. grpc-netty logs every frame at FINE
 * under the name of its server handler, the HEADERS of Ping and OpenSession with them, and so each
 * client's {@code authorization} header (a Basic password or the static token) in clear text as
 * soon as {@code io.grpc} or the root logger is at FINE. Its own level is pinned to INFO before the
 * listener starts, so a level set on a more general logger cannot reach it; the level is checked
 * again at every start, in case a logging configuration read since reset it.
 *
 * <p>java.util.logging holds loggers weakly, and a collected logger forgets its level: the logger is
 * kept here for the life of the class.
 */
final class FrameLogGuard {

    /** The logger grpc-netty's server frame logger writes to (its handler's class name). */
    static final String SERVER_FRAME_LOGGER = "io.grpc.netty.NettyServerHandler";

    private static final Logger PINNED = Logger.getLogger(SERVER_FRAME_LOGGER);

    private FrameLogGuard() {
    }

    /** Pins the frame logger (again, if its level was reset); call before a Netty server starts. */
    static void ensurePinned() {
        Level level = PINNED.getLevel();
        if (level == null || level.intValue() < Level.INFO.intValue()) {
            PINNED.setLevel(Level.INFO);
        }
    }
}
