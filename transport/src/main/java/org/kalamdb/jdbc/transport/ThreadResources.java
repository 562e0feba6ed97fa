package org.kalamdb.jdbc.transport;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The threads behind every channel of a registry: one Netty NIO event loop group (also the
 * scheduler for deadlines) and one executor for gRPC callbacks and name resolution. All threads are
 * daemons named {@code kalam-jdbc-*}, so a driver never keeps a JVM alive and its threads are
 * recognisable in a thread dump. Created with the first channel, shut down after the last one.
 */
final class ThreadResources {

    private static final Logger LOG = Logger.getLogger(ThreadResources.class.getName());
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final EventLoopGroup eventLoopGroup;
    private final ExecutorService executor;

    private ThreadResources(EventLoopGroup eventLoopGroup, ExecutorService executor) {
        this.eventLoopGroup = eventLoopGroup;
        this.executor = executor;
    }

    static ThreadResources create() {
        int loops = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        EventLoopGroup group =
                new MultiThreadIoEventLoopGroup(
                        loops,
                        new DefaultThreadFactory("kalam-jdbc-netty", true),
                        NioIoHandler.newFactory());
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads("kalam-jdbc-grpc-"));
        return new ThreadResources(group, executor);
    }

    EventLoopGroup eventLoopGroup() {
        return eventLoopGroup;
    }

    ExecutorService executor() {
        return executor;
    }

    /** Stops both pools and waits (bounded) until their threads have ended. */
    void shutdown() {
        eventLoopGroup.shutdownGracefully(0, SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        executor.shutdown();
        if (Thread.currentThread().getName().startsWith("kalam-jdbc-")) {
            return; // a pool thread cannot wait for its own pool
        }
        try {
            if (!eventLoopGroup.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Netty event loop group did not terminate in time");
            }
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
            LOG.log(Level.FINE, "interrupted while stopping transport threads", e);
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
