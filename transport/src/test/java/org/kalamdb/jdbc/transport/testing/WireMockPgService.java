package org.kalamdb.jdbc.transport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.TypeRegistry;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import org.wiremock.grpc.dsl.GrpcResponseDefinitionBuilder;
import org.wiremock.grpc.dsl.GrpcStubMappingBuilder;
import org.wiremock.grpc.dsl.WireMockGrpc;
import org.wiremock.grpc.dsl.WireMockGrpcService;
import org.wiremock.grpc.internal.GrpcFilter;
import org.wiremock.grpc.internal.GrpcStubMappingTransformer;
import org.wiremock.grpc.internal.HeaderCopyingServerInterceptor;
import org.wiremock.grpc.internal.JsonMessageConverter;
import org.wiremock.grpc.internal.UnaryServerCallHandler;

/**
 * WireMock with the gRPC extension, serving {@code kalamdb.pg.PgService} from JSON stubs.
 *
 * <p>Why not the extension's own front end: wiremock-grpc-extension 0.11.0 receives gRPC through
 * grpc-servlet-jakarta, whose newest release (1.75.0) is binary-incompatible with grpc-core 1.85
 * ({@code ServletServerBuilder} fails with AbstractMethodError on {@code
 * buildClientTransportServers}). Everything else of the extension works: this class keeps its
 * JSON/protobuf conversion, its unary call handler, its header copying and its stub DSL, and only
 * replaces the servlet transport with a grpc-netty server on 127.0.0.1 that hands each call to
 * WireMock's stub request handler. The service definition is read from the descriptor set the build
 * writes ({@code target/wiremock/grpc/pg_service.dsc}), exactly as the extension would.
 */
public final class WireMockPgService implements AutoCloseable {

    public static final String SERVICE = "kalamdb.pg.PgService";

    private final WireMockServer wireMock;
    private final Server grpcServer;
    private final WireMockGrpcService service;

    private WireMockPgService(WireMockServer wireMock, Server grpcServer) {
        this.wireMock = wireMock;
        this.grpcServer = grpcServer;
        this.service = new WireMockGrpcService(new WireMock(wireMock), SERVICE);
    }

    public static WireMockPgService start() {
        NettyFrontEnd frontEnd = new NettyFrontEnd();
        WireMockServer wireMock =
                new WireMockServer(
                        com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                                .dynamicPort()
                                .bindAddress("127.0.0.1")
                                .extensions(frontEnd, new GrpcStubMappingTransformer()));
        wireMock.start();
        Server server = frontEnd.startGrpcServer(descriptorSet());
        return new WireMockPgService(wireMock, server);
    }

    /** The gRPC port on 127.0.0.1. */
    public int port() {
        return grpcServer.getPort();
    }

    /** The extension's stub DSL for PgService. */
    public WireMockGrpcService grpc() {
        return service;
    }

    /** WireMock itself: request journal and verification. */
    public WireMockServer wireMock() {
        return wireMock;
    }

    /** Stubs {@code method} to answer {@code response}. */
    public void stub(String method, GrpcResponseDefinitionBuilder response) {
        service.stubFor(WireMockGrpc.method(method).willReturn(response));
    }

    /** Stubs {@code method} to fail with {@code status} and {@code message}. */
    public void stubFailure(String method, WireMockGrpc.Status status, String message) {
        service.stubFor(WireMockGrpc.method(method).willReturn(status, message));
    }

    /**
     * Stubs {@code method} to answer {@code first} once, then {@code then} for every later call (a
     * WireMock scenario per method).
     */
    public void stubSequence(
            String method, GrpcStubMappingBuilder first, GrpcStubMappingBuilder then) {
        String scenario = "sequence-" + method;
        StubMapping firstStub = first.build(SERVICE);
        firstStub.setScenarioName(scenario);
        firstStub.setRequiredScenarioState(Scenario.STARTED);
        firstStub.setNewScenarioState("later");
        StubMapping laterStub = then.build(SERVICE);
        laterStub.setScenarioName(scenario);
        laterStub.setRequiredScenarioState("later");
        wireMock.addStubMapping(firstStub);
        wireMock.addStubMapping(laterStub);
    }

    /** The requests {@code method} received, oldest first, with the message as JSON body. */
    public List<LoggedRequest> requests(String method) {
        return wireMock.findAll(
                WireMock.postRequestedFor(WireMock.urlPathEqualTo("/" + SERVICE + "/" + method)));
    }

    /** Forgets stubs, scenarios and received requests. */
    public void reset() {
        wireMock.resetAll();
    }

    @Override
    public void close() throws InterruptedException {
        grpcServer.shutdownNow();
        grpcServer.awaitTermination(5, TimeUnit.SECONDS);
        wireMock.stop();
    }

    private static Path descriptorSet() {
        String root = System.getProperty("kalam.test.wiremockRoot", "target/wiremock");
        return Path.of(root, "grpc", "pg_service.dsc");
    }

    /** Captures WireMock's stub handler while building its ordinary (admin) HTTP server. */
    private static final class NettyFrontEnd implements HttpServerFactory {
        private volatile StubRequestHandler stubRequestHandler;

        @Override
        public String getName() {
            return "kalam-grpc-netty-front-end";
        }

        @Override
        public HttpServer buildHttpServer(
                Options options,
                AdminRequestHandler adminRequestHandler,
                StubRequestHandler stubHandler) {
            this.stubRequestHandler = stubHandler;
            return new Jetty11HttpServer(options, adminRequestHandler, stubHandler);
        }

        Server startGrpcServer(Path descriptorSetFile) {
            List<FileDescriptor> files = loadDescriptors(descriptorSetFile);
            TypeRegistry.Builder types = TypeRegistry.newBuilder();
            files.forEach(f -> f.getMessageTypes().forEach(types::add));
            JsonMessageConverter converter = new JsonMessageConverter(types.build());
            NettyServerBuilder builder =
                    NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0));
            for (FileDescriptor file : files) {
                for (Descriptors.ServiceDescriptor serviceDescriptor : file.getServices()) {
                    builder.addService(
                            ServerInterceptors.intercept(
                                    definition(serviceDescriptor, converter),
                                    new HeaderCopyingServerInterceptor()));
                }
            }
            try {
                Server server = builder.build().start();
                // The extension's handler reads the mock's address from this once-set holder.
                GrpcFilter.ServerAddress.set("http", "127.0.0.1", server.getPort());
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private ServerServiceDefinition definition(
                Descriptors.ServiceDescriptor serviceDescriptor, JsonMessageConverter converter) {
            ServerServiceDefinition.Builder definition =
                    ServerServiceDefinition.builder(serviceDescriptor.getFullName());
            for (Descriptors.MethodDescriptor method : serviceDescriptor.getMethods()) {
                MethodDescriptor<DynamicMessage, DynamicMessage> grpcMethod =
                        MethodDescriptor.<DynamicMessage, DynamicMessage>newBuilder()
                                .setType(MethodDescriptor.MethodType.UNARY)
                                .setFullMethodName(
                                        MethodDescriptor.generateFullMethodName(
                                                serviceDescriptor.getFullName(), method.getName()))
                                .setRequestMarshaller(
                                        ProtoUtils.marshaller(
                                                DynamicMessage.getDefaultInstance(
                                                        method.getInputType())))
                                .setResponseMarshaller(
                                        ProtoUtils.marshaller(
                                                DynamicMessage.getDefaultInstance(
                                                        method.getOutputType())))
                                .build();
                definition.addMethod(
                        grpcMethod,
                        ServerCalls.asyncUnaryCall(
                                new UnaryServerCallHandler(
                                        stubRequestHandler, serviceDescriptor, method, converter)));
            }
            return definition.build();
        }

        private static List<FileDescriptor> loadDescriptors(Path file) {
            try {
                FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(file));
                List<FileDescriptor> built = new ArrayList<>();
                for (FileDescriptorProto proto : set.getFileList()) {
                    built.add(
                            FileDescriptor.buildFrom(
                                    proto, built.toArray(FileDescriptor[]::new), true));
                }
                return built;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Descriptors.DescriptorValidationException e) {
                throw new IllegalStateException("bad descriptor set " + file, e);
            }
        }
    }
}
