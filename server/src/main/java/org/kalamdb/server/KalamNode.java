package org.kalamdb.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import io.grpc.HandlerRegistry;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;

import org.kalamdb.server.auth.Authenticator;
import org.kalamdb.server.auth.UserSpec;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.PasswordHasher;
import org.kalamdb.server.catalog.UserDef;
import org.kalamdb.server.rpc.CallerInterceptor;
import org.kalamdb.server.rpc.PgContext;
import org.kalamdb.server.rpc.PgServiceImpl;
import org.kalamdb.server.rpc.RemoteSession;
import org.kalamdb.server.rpc.RequestSizeInterceptor;
import org.kalamdb.server.rpc.SessionRegistry;
import org.kalamdb.server.rpc.UnknownMethodRegistry;
import org.kalamdb.server.sql.KalamSqlExecutor;
import org.kalamdb.server.sql.SqlExecutor;
import org.kalamdb.server.store.AutocommitWrites;
import org.kalamdb.server.store.DataAccess;
import org.kalamdb.server.store.KalamDataAccess;
import org.kalamdb.server.store.OwnerKey;
import org.kalamdb.server.store.RowStore;
import org.kalamdb.server.store.Scanner;
import org.kalamdb.server.store.StagedWriteApplier;
import org.kalamdb.server.store.Transaction;
import org.kalamdb.server.store.TransactionCoordinator;

/**
 * One server's state and its PgService, independent of the transport: catalog, row store,
 * transactions (with their timeout sweeper), sessions, authentication and the SQL engine. Both
 * {@link KalamServer} (Netty) and {@link EmbeddedServers} (in-process) serve a node.
 */
public final class KalamNode implements AutoCloseable {

    private final ServerConfig config;
    private final Catalog catalog = new Catalog();
    private final TransactionCoordinator transactions;
    private final SessionRegistry sessions;
    private final DataAccess dataAccess;
    private final ServerServiceDefinition service;
    private final ScheduledExecutorService sweeper;

    public KalamNode(ServerConfig config) {
        this(config, KalamSqlExecutor::new);
    }

    /** A node whose SQL entry points use another engine (tests render scripted outcomes this way). */
    public KalamNode(ServerConfig config, BiFunction<Catalog, DataAccess, SqlExecutor> sqlEngine) {
        this.config = config;
        createUsers(config.users());
        RowStore store = new RowStore(config.clock());
        this.transactions = new TransactionCoordinator(store, new StagedWriteApplier(catalog, store), config.clock(),
                config.transactionTimeoutSeconds() * 1000L, config.maxTransactionBufferBytes());
        this.sessions = new SessionRegistry(config.clock(), config.idlePruneMs());
        this.dataAccess = new KalamDataAccess(store, transactions, this::sessionViews);
        Authenticator auth = new Authenticator(config.authToken(), config.accountLogin(), config.mutualTls(), catalog);
        PgContext ctx = new PgContext(config.clock(), config.leaseMs(), auth, sessions, catalog, new Scanner(store),
                new AutocommitWrites(store), transactions, sqlEngine.apply(catalog, dataAccess));
        this.service = ServerInterceptors.intercept(new PgServiceImpl(ctx),
                new RequestSizeInterceptor(config.maxRequestBytes()), new CallerInterceptor());
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kalamdb-transaction-sweeper");
            t.setDaemon(true);
            return t;
        });
        long period = transactions.sweepIntervalMs();
        sweeper.scheduleWithFixedDelay(transactions::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    private void createUsers(List<UserSpec> users) {
        long now = config.clock().millis() * 1000;
        for (UserSpec u : users) {
            catalog.putUser(new UserDef(u.name(), PasswordHasher.hash(u.password()), u.role(), null, "Password", now, now,
                    null));
        }
    }

    public ServerConfig config() {
        return config;
    }

    public Catalog catalog() {
        return catalog;
    }

    public DataAccess dataAccess() {
        return dataAccess;
    }

    /** The PgService with its interceptors (caller capture, request size limit). */
    public ServerServiceDefinition service() {
        return service;
    }

    /** Answers every unknown method UNIMPLEMENTED. */
    public HandlerRegistry fallbackRegistry() {
        return new UnknownMethodRegistry();
    }

    /** system.sessions (protocol.md 4.6): registry entries with their live transaction, newest activity first. */
    private List<DataAccess.SessionView> sessionViews() {
        List<DataAccess.SessionView> out = new ArrayList<>();
        for (RemoteSession s : sessions.snapshot(e -> {
            Transaction tx = transactionOf(e);
            return tx != null && tx.state().isLive();
        })) {
            Transaction tx = transactionOf(s);
            String txState = tx == null ? null : tx.state().sessionViewText();
            out.add(new DataAccess.SessionView(s.sessionId(), OwnerKey.backendPid(s.sessionId()), s.currentSchema(),
                    "active".equals(txState) ? "idle in transaction" : "idle", tx == null ? null : tx.id(), txState,
                    tx != null && tx.writeCount() > 0, s.clientAddr(), "grpc", s.openedAtMs() * 1000,
                    s.lastSeenAtMs() * 1000, s.lastMethod()));
        }
        out.sort(Comparator.comparingLong(DataAccess.SessionView::lastSeenAtMicros).reversed()
                .thenComparing(DataAccess.SessionView::sessionId));
        return out;
    }

    private Transaction transactionOf(RemoteSession s) {
        try {
            Transaction tx = transactions.forOwner(OwnerKey.fromSessionId(s.sessionId()));
            if (tx != null) {
                return tx;
            }
        } catch (KalamError e) {
            // Not a pg-/UUID id: such a session can only have a pinned transaction.
        }
        return s.transactionId() == null ? null : transactions.byId(s.transactionId());
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
