package org.kalamdb.jdbc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.protobuf.ByteString;

import io.grpc.Server;
import io.grpc.Status;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;

import org.kalamdb.jdbc.transport.proto.BeginTransactionRequest;
import org.kalamdb.jdbc.transport.proto.BeginTransactionResponse;
import org.kalamdb.jdbc.transport.proto.CloseSessionRequest;
import org.kalamdb.jdbc.transport.proto.CloseSessionResponse;
import org.kalamdb.jdbc.transport.proto.CommitTransactionRequest;
import org.kalamdb.jdbc.transport.proto.CommitTransactionResponse;
import org.kalamdb.jdbc.transport.proto.DeleteRpcRequest;
import org.kalamdb.jdbc.transport.proto.DeleteRpcResponse;
import org.kalamdb.jdbc.transport.proto.ExecuteQueryRpcRequest;
import org.kalamdb.jdbc.transport.proto.ExecuteQueryRpcResponse;
import org.kalamdb.jdbc.transport.proto.ExecuteSqlRpcRequest;
import org.kalamdb.jdbc.transport.proto.ExecuteSqlRpcResponse;
import org.kalamdb.jdbc.transport.proto.InsertRpcRequest;
import org.kalamdb.jdbc.transport.proto.InsertRpcResponse;
import org.kalamdb.jdbc.transport.proto.OpenSessionRequest;
import org.kalamdb.jdbc.transport.proto.OpenSessionResponse;
import org.kalamdb.jdbc.transport.proto.PgServiceGrpc;
import org.kalamdb.jdbc.transport.proto.PingRequest;
import org.kalamdb.jdbc.transport.proto.PingResponse;
import org.kalamdb.jdbc.transport.proto.RollbackTransactionRequest;
import org.kalamdb.jdbc.transport.proto.RollbackTransactionResponse;
import org.kalamdb.jdbc.transport.proto.ScanRpcRequest;
import org.kalamdb.jdbc.transport.proto.ScanRpcResponse;
import org.kalamdb.jdbc.transport.proto.UpdateRpcRequest;
import org.kalamdb.jdbc.transport.proto.UpdateRpcResponse;
import org.kalamdb.jdbc.types.KalamType;
import org.kalamdb.jdbc.types.arrow.ArrowIpcWriter;
import org.kalamdb.jdbc.types.arrow.Field;
import org.kalamdb.jdbc.types.arrow.RecordBatch;
import org.kalamdb.jdbc.types.arrow.RecordBatchBuilder;
import org.kalamdb.jdbc.types.arrow.Schema;

/**
 * A scripted PgService on gRPC's in-process transport, for driver tests that need server
 * behaviour no real server shows on demand (a terminal transaction error in the middle of a
 * transaction) and a record of exactly which RPCs the driver sent. It knows the tables it is told
 * about, answers the schema cache's system.tables / system.columns queries for them (and the query
 * engine's listing of a namespace's tables), accepts
 * writes, and returns empty scans. Not a mock: a small real server with a script.
 */
final class ScriptedPgService extends PgServiceGrpc.PgServiceImplBase implements AutoCloseable {

    static final String TRANSACTION_ID = "0190f3a2-7b1c-7d2e-8f3a-0123456789ab";

    /** A table: its type and (name, KalamDB type name, primary key) columns. */
    record Table(String type, List<String[]> columns) {
    }

    private final String name;
    private final Server server;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> insertedRows = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Status> failNextWrite = new AtomicReference<>();
    private volatile java.util.concurrent.CountDownLatch scanEntered;
    private volatile java.util.concurrent.CountDownLatch scanRelease;

    ScriptedPgService(String name) throws Exception {
        this.name = name;
        this.server = InProcessServerBuilder.forName(name).addService(this).build().start();
    }

    String name() {
        return name;
    }

    void table(String qualified, String type, String... columns) {
        List<String[]> cols = new ArrayList<>();
        for (String c : columns) {
            cols.add(c.split(" "));
        }
        tables.put(qualified, new Table(type, cols));
    }

    /** The RPCs received so far, e.g. {@code BeginTransaction}, {@code Insert app.items}. */
    List<String> calls() {
        synchronized (calls) {
            return new ArrayList<>(calls);
        }
    }

    void clearCalls() {
        calls.clear();
    }

    /** The rows_json of every Insert received so far, in order. */
    List<String> insertedRows() {
        synchronized (insertedRows) {
            return new ArrayList<>(insertedRows);
        }
    }

    /**
     * Every Scan counts {@code entered} down, then waits (at most a minute) for {@code release}:
     * a server that is slow exactly when the test wants it to be.
     */
    void blockScans(java.util.concurrent.CountDownLatch entered, java.util.concurrent.CountDownLatch release) {
        this.scanEntered = entered;
        this.scanRelease = release;
    }

    /** The next Insert/Update/Delete fails with this status. */
    void failNextWrite(Status status) {
        failNextWrite.set(status);
    }

    @Override
    public void close() {
        server.shutdownNow();
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingResponse> out) {
        out.onNext(PingResponse.newBuilder().setOk(true).build());
        out.onCompleted();
    }

    @Override
    public void openSession(OpenSessionRequest request, StreamObserver<OpenSessionResponse> out) {
        calls.add("OpenSession");
        out.onNext(OpenSessionResponse.newBuilder().setSessionId(request.getSessionId())
                .setLeaseExpiresAtMs(System.currentTimeMillis() + 3_600_000).build());
        out.onCompleted();
    }

    @Override
    public void closeSession(CloseSessionRequest request, StreamObserver<CloseSessionResponse> out) {
        calls.add("CloseSession");
        out.onNext(CloseSessionResponse.getDefaultInstance());
        out.onCompleted();
    }

    @Override
    public void beginTransaction(BeginTransactionRequest request, StreamObserver<BeginTransactionResponse> out) {
        calls.add("BeginTransaction");
        out.onNext(BeginTransactionResponse.newBuilder().setTransactionId(TRANSACTION_ID).build());
        out.onCompleted();
    }

    @Override
    public void commitTransaction(CommitTransactionRequest request, StreamObserver<CommitTransactionResponse> out) {
        calls.add("CommitTransaction");
        out.onNext(CommitTransactionResponse.newBuilder().setTransactionId(request.getTransactionId()).build());
        out.onCompleted();
    }

    @Override
    public void rollbackTransaction(RollbackTransactionRequest request,
                                    StreamObserver<RollbackTransactionResponse> out) {
        calls.add("RollbackTransaction");
        out.onNext(RollbackTransactionResponse.newBuilder().setTransactionId(request.getTransactionId()).build());
        out.onCompleted();
    }

    @Override
    public void insert(InsertRpcRequest request, StreamObserver<InsertRpcResponse> out) {
        calls.add("Insert " + request.getNamespace() + "." + request.getTableName() + " x" + request.getRowsJsonCount());
        insertedRows.addAll(request.getRowsJsonList());
        if (failed(out)) {
            return;
        }
        out.onNext(InsertRpcResponse.newBuilder().setAffectedRows(request.getRowsJsonCount()).build());
        out.onCompleted();
    }

    @Override
    public void update(UpdateRpcRequest request, StreamObserver<UpdateRpcResponse> out) {
        calls.add("Update " + request.getNamespace() + "." + request.getTableName());
        if (failed(out)) {
            return;
        }
        out.onNext(UpdateRpcResponse.newBuilder().setAffectedRows(1).build());
        out.onCompleted();
    }

    @Override
    public void delete(DeleteRpcRequest request, StreamObserver<DeleteRpcResponse> out) {
        calls.add("Delete " + request.getNamespace() + "." + request.getTableName());
        if (failed(out)) {
            return;
        }
        out.onNext(DeleteRpcResponse.newBuilder().setAffectedRows(1).build());
        out.onCompleted();
    }

    private boolean failed(StreamObserver<?> out) {
        Status status = failNextWrite.getAndSet(null);
        if (status != null) {
            out.onError(status.asRuntimeException());
            return true;
        }
        return false;
    }

    @Override
    public void scan(ScanRpcRequest request, StreamObserver<ScanRpcResponse> out) {
        String qualified = request.getNamespace() + "." + request.getTableName();
        calls.add("Scan " + qualified);
        if (scanRelease != null) {
            scanEntered.countDown();
            try {
                scanRelease.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Table t = tables.get(qualified);
        List<Field> fields = new ArrayList<>();
        for (String column : request.getColumnsList()) {
            String type = column.equals("_seq") ? "BIGINT" : "TEXT";
            for (String[] c : t.columns()) {
                if (c[0].equals(column)) {
                    type = c[1];
                }
            }
            fields.add(org.kalamdb.jdbc.schema.KalamTypeNames.parse(type).toArrowField(column, true, false));
        }
        Schema schema = new Schema(fields);
        RecordBatch empty = new RecordBatchBuilder(schema).build();
        out.onNext(ScanRpcResponse.newBuilder().addIpcBatches(ByteString.copyFrom(ArrowIpcWriter.write(empty))).build());
        out.onCompleted();
    }

    @Override
    public void executeSql(ExecuteSqlRpcRequest request, StreamObserver<ExecuteSqlRpcResponse> out) {
        calls.add("ExecuteSql " + request.getSql());
        out.onNext(ExecuteSqlRpcResponse.newBuilder().setSuccess(true).setMessage("OK").build());
        out.onCompleted();
    }

    private static final Pattern NS = Pattern.compile("namespace_id = '([a-z0-9_]+)'");
    private static final Pattern TABLE = Pattern.compile("table_name = '([a-z0-9_]+)'");
    private static final Pattern AFTER = Pattern.compile("ordinal > (\\d+)");

    @Override
    public void executeQuery(ExecuteQueryRpcRequest request, StreamObserver<ExecuteQueryRpcResponse> out) {
        String sql = request.getSql();
        calls.add("ExecuteQuery");
        Matcher ns = NS.matcher(sql);
        Matcher tb = TABLE.matcher(sql);
        Table t = ns.find() && tb.find() ? tables.get(ns.group(1) + "." + tb.group(1)) : null;
        ExecuteQueryRpcResponse.Builder reply = ExecuteQueryRpcResponse.newBuilder().setSuccess(true);
        Matcher listed = NS.matcher(sql);
        if (sql.startsWith("SELECT table_name FROM system.tables") && listed.find() && sql.contains("OFFSET 0")) {
            // The query engine lists a namespace's tables (first page only: these lists are short).
            Schema s = new Schema(List.of(KalamType.TEXT.toArrowField("table_name", false, false)));
            RecordBatchBuilder b = new RecordBatchBuilder(s);
            for (String qualified : tables.keySet()) {
                if (qualified.startsWith(listed.group(1) + ".")) {
                    b.appendRow(qualified.substring(listed.group(1).length() + 1));
                }
            }
            reply.addIpcBatches(ByteString.copyFrom(ArrowIpcWriter.write(b.build())));
        } else if (sql.contains("FROM system.tables") && t != null) {
            Schema s = new Schema(List.of(KalamType.TEXT.toArrowField("table_type", false, false)));
            reply.addIpcBatches(ByteString.copyFrom(ArrowIpcWriter.write(
                    new RecordBatchBuilder(s).appendRow(t.type()).build())));
        } else if (sql.contains("FROM system.columns") && t != null) {
            Matcher after = AFTER.matcher(sql);
            long from = after.find() ? Long.parseLong(after.group(1)) : 0;
            Schema s = new Schema(List.of(KalamType.TEXT.toArrowField("column_name", false, false),
                    KalamType.TEXT.toArrowField("data_type", false, false),
                    KalamType.TEXT.toArrowField("default_value", true, false),
                    KalamType.BIGINT.toArrowField("ordinal", false, false),
                    KalamType.BOOLEAN.toArrowField("nullable", false, false),
                    KalamType.BOOLEAN.toArrowField("primary_key", false, false)));
            RecordBatchBuilder b = new RecordBatchBuilder(s);
            long ordinal = 0;
            for (String[] c : t.columns()) {
                ordinal++;
                boolean pk = c.length > 2 && c[2].equals("pk");
                if (ordinal > from) {
                    b.appendRow(c[0], c[1], null, ordinal, !pk, pk);
                }
            }
            if (ordinal + 1 > from) {
                b.appendRow("_seq", "BIGINT", null, ordinal + 1, false, false);
            }
            reply.addIpcBatches(ByteString.copyFrom(ArrowIpcWriter.write(b.build())));
        }
        out.onNext(reply.setMessage("rows").build());
        out.onCompleted();
    }
}
