package org.kalamdb.jdbc.transport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;

/**
 * The {@code authorization} metadata of Ping and OpenSession (protocol.md 3.3). Other RPCs are sent
 * without it, like the official client: the server checks only the session handle there.
 */
final class AuthMetadata {

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private AuthMetadata() {}

    /** The header value for {@code auth}, if the mode sends one. */
    static Optional<String> headerValue(AuthConfig auth) {
        return switch (auth.mode()) {
            case NONE -> Optional.empty();
            case STATIC_HEADER -> Optional.of(auth.header());
            case ACCOUNT_LOGIN ->
                    Optional.of(
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    (auth.user() + ":" + auth.password())
                                                            .getBytes(StandardCharsets.UTF_8)));
        };
    }

    /** An interceptor attaching the header, or empty for mode none. */
    static Optional<ClientInterceptor> interceptor(AuthConfig auth) {
        return headerValue(auth)
                .map(
                        value -> {
                            Metadata metadata = new Metadata();
                            metadata.put(AUTHORIZATION, value);
                            return MetadataUtils.newAttachHeadersInterceptor(metadata);
                        });
    }
}
