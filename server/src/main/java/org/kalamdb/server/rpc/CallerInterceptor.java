package org.kalamdb.server.rpc;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.cert.Certificate;
import java.util.List;

import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

import org.kalamdb.server.auth.Caller;

/**
 * Captures what the handlers need from the transport — the {@code authorization} metadata, the
 * peer certificate chain and the peer address — into the call's {@link Context}.
 */
public final class CallerInterceptor implements ServerInterceptor {

    static final Context.Key<Caller> CALLER = Context.key("kalamdb-caller");
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                       ServerCallHandler<Q, R> next) {
        Caller caller = new Caller(authorization(headers), peerCertificates(call), address(call));
        return Contexts.interceptCall(Context.current().withValue(CALLER, caller), call, headers, next);
    }

    /** The current call's caller (an anonymous one outside a call, e.g. in unit tests). */
    static Caller current() {
        Caller caller = CALLER.get();
        return caller == null ? new Caller("", List.of(), "unknown") : caller;
    }

    /** A header with non-printable-ASCII content counts as absent, as on the real server. */
    private static String authorization(Metadata headers) {
        String value = headers.get(AUTHORIZATION);
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return "";
            }
        }
        return value;
    }

    private static List<Certificate> peerCertificates(ServerCall<?, ?> call) {
        SSLSession session = call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION);
        if (session == null) {
            return List.of();
        }
        try {
            return List.of(session.getPeerCertificates());
        } catch (SSLPeerUnverifiedException e) {
            return List.of();
        }
    }

    private static String address(ServerCall<?, ?> call) {
        SocketAddress remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return remote == null ? "unknown" : remote.toString();
    }
}
