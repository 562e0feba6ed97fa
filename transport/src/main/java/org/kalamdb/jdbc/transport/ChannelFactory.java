package org.kalamdb.jdbc.transport;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * Builds channels directly with the transport builders, never through ManagedChannelBuilder's
 * ServiceLoader lookup (which breaks in shaded jars): NettyChannelBuilder with our own event loop
 * group, NIO channel type and executors, or InProcessChannelBuilder for the embedded server.
 */
final class ChannelFactory {

    private static final String USER_AGENT = "kalam-jdbc";

    private ChannelFactory() {}

    /**
     * @param watch installed on the channel to observe its connection attempts
     * @throws TransportException (08001) when the address is not one gRPC can connect to
     */
    static ManagedChannel create(ChannelKey key, ThreadResources threads, LinkWatch watch) {
        ChannelTarget target = key.target();
        if (target instanceof ChannelTarget.Network network) {
            try {
                return network(network.address(), key, threads, watch);
            } catch (IllegalArgumentException e) {
                // grpc-netty refuses an authority it cannot form ("Invalid host or port"); the
                // driver validates hosts itself, this keeps any other caller from seeing it raw.
                throw TransportException.invalidAddress(network, e);
            }
        }
        ChannelTarget.InProcess inProcess = (ChannelTarget.InProcess) target;
        return InProcessChannelBuilder.forName(inProcess.name())
                .addTransportFilter(watch)
                .executor(threads.executor())
                .offloadExecutor(threads.executor())
                .scheduledExecutorService(threads.eventLoopGroup())
                .maxInboundMessageSize(key.maxInboundMessageSize())
                .userAgent(USER_AGENT)
                .build();
    }

    private static ManagedChannel network(
            HostPort address, ChannelKey key, ThreadResources threads, LinkWatch watch) {
        FrameLogGuard.ensurePinned();
        // The authority, and so the TLS server name and host name verification, is the host.
        NettyChannelBuilder builder =
                NettyChannelBuilder.forAddress(address.host(), address.port())
                        .addTransportFilter(watch)
                        .eventLoopGroup(threads.eventLoopGroup())
                        .channelType(NioSocketChannel.class)
                        .executor(threads.executor())
                        .offloadExecutor(threads.executor())
                        .maxInboundMessageSize(key.maxInboundMessageSize())
                        .disableServiceConfigLookUp()
                        // Connect directly, like other JDBC drivers: an IDE's or JVM's HTTP proxy
                        // settings
                        // must not turn a database connection into an HTTP CONNECT tunnel.
                        .proxyDetector(target -> null)
                        .userAgent(USER_AGENT);
        if (key.connectTimeoutMillis() > 0) {
            builder.withOption(
                    ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) key.connectTimeoutMillis());
        }
        if (key.tls().isEnabled()) {
            builder.sslContext(TlsContexts.forClient(key.tls())).useTransportSecurity();
        } else {
            builder.usePlaintext();
        }
        return builder.build();
    }
}
