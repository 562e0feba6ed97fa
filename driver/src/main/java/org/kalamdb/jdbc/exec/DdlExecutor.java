package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.result.IpcReplies;
import org.kalamdb.jdbc.schema.TableSchema;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.plan.AlterAction;
import org.kalamdb.jdbc.sql.plan.AlterTable;
import org.kalamdb.jdbc.sql.plan.CreateForeignTable;
import org.kalamdb.jdbc.sql.plan.CreateSchema;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.DropSchema;
import org.kalamdb.jdbc.sql.plan.DropTables;
import org.kalamdb.jdbc.sql.plan.ImportForeignSchema;
import org.kalamdb.jdbc.sql.plan.QualifiedName;
import org.kalamdb.jdbc.sql.plan.TableType;
import org.kalamdb.jdbc.transport.QueryResult;
import org.kalamdb.jdbc.types.arrow.IpcStream;

/**
 * Schema changes, mirrored to KalamDB through ExecuteSql as pg_kalam mirrors them (extension.md
 * section 1) — with the checks pg_kalam lacks: DDL is refused while a server transaction is open
 * (25001, it would not be transactional), option keys and reserved columns were validated at
 * parse time before anything is sent, DROP TABLE of several tables checks all of them first,
 * DROP SCHEMA without CASCADE refuses a namespace that still has tables (KalamDB would drop them).
 * Every statement invalidates the schema cache entries it touches.
 */
final class DdlExecutor {

    private static final Logger LOG = Logger.getLogger(DdlExecutor.class.getName());

    /** KalamDB's namespace {@code default} always exists and cannot be created (server.md section 1). */
    private static final String DEFAULT_NAMESPACE = "default";

    StatementResult createTable(CreateTable plan, ExecutionContext context) throws SQLException {
        prepare(context, "CREATE TABLE");
        String namespace = namespace(plan.table(), context);
        TableType type = plan.tableType();
        if (type == null) {
            type = plan.usingKalamdb() ? TableType.SHARED : context.settings().defaultTableType();
        }
        String createTable;
        try {
            createTable = plan.renderCreateTable(namespace, type);
        } catch (SqlDialectException e) {
            throw Errors.fromDialect(e);
        }
        ensureNamespace(namespace, context);
        execute(createTable, context);
        context.schemas().invalidate(namespace, plan.table().name());
        for (String ignored : plan.ignoredConstraints()) {
            context.session().addWarning("KalamDB does not enforce this constraint; it was not sent: " + ignored,
                    "01000");
        }
        return StatementResult.Count.zero();
    }

    /**
     * pg_kalam sends {@code CREATE NAMESPACE IF NOT EXISTS} first and only warns when it fails; the
     * CREATE TABLE that follows then reports the real problem.
     */
    private void ensureNamespace(String namespace, ExecutionContext context) throws SQLException {
        if (DEFAULT_NAMESPACE.equals(namespace)) {
            return;
        }
        try {
            execute(CreateTable.renderCreateNamespace(namespace), context);
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState()) || e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw e;
            }
            context.session().addWarning("failed to create namespace '" + namespace + "': " + e.getMessage(),
                    "01000");
        }
    }

    /**
     * {@code CREATE FOREIGN TABLE}: there is no local table to create; the statement succeeds when
     * the KalamDB table it describes exists, and fails with 42P01 otherwise (create it with
     * {@code CREATE TABLE ... USING kalamdb}).
     */
    StatementResult createForeignTable(CreateForeignTable plan, ExecutionContext context) throws SQLException {
        prepare(context, "CREATE FOREIGN TABLE");
        String namespace = namespace(plan.table(), context);
        Optional<TableSchema> table = context.schemas().refresh(namespace, plan.table().name(), context.rpc());
        if (table.isEmpty()) {
            throw Errors.create(SqlStates.UNDEFINED_TABLE, "KalamDB table " + namespace + "." + plan.table().name()
                    + " does not exist: CREATE FOREIGN TABLE only maps an existing table; create it with "
                    + "CREATE TABLE ... USING kalamdb");
        }
        List<String> missing = new ArrayList<>();
        plan.columns().forEach(c -> {
            if (table.get().column(c.name()).isEmpty()) {
                missing.add(c.name());
            }
        });
        if (!missing.isEmpty()) {
            throw Errors.create(SqlStates.UNDEFINED_COLUMN, "KalamDB table " + table.get().qualifiedName()
                    + " has no column(s) " + missing);
        }
        return StatementResult.Count.zero();
    }

    StatementResult alterTable(AlterTable plan, ExecutionContext context) throws SQLException {
        prepare(context, "ALTER TABLE");
        String namespace = namespace(plan.table(), context);
        String name = plan.table().name();
        Optional<TableSchema> table = context.schemas().refresh(namespace, name, context.rpc());
        if (table.isEmpty()) {
            if (plan.ifExists()) {
                context.session().addWarning("relation \"" + namespace + "." + name + "\" does not exist, skipping",
                        "00000");
                return StatementResult.Count.zero();
            }
            throw Errors.create(SqlStates.UNDEFINED_TABLE, "relation \"" + namespace + "." + name + "\" does not exist");
        }
        AlterAction action = plan.action();
        if (action instanceof AlterAction.AddColumn add && add.ifNotExists()
                && table.get().column(add.column().name()).isPresent()) {
            context.session().addWarning("column \"" + add.column().name() + "\" of relation \"" + name
                    + "\" already exists, skipping", "42701");
            return StatementResult.Count.zero();
        }
        if (action instanceof AlterAction.DropColumn drop && drop.ifExists()
                && table.get().column(drop.column()).isEmpty()) {
            context.session().addWarning("column \"" + drop.column() + "\" of relation \"" + name
                    + "\" does not exist, skipping", "42703");
            return StatementResult.Count.zero();
        }
        try {
            execute(plan.render(namespace), context);
        } finally {
            context.schemas().invalidate(namespace, name);
        }
        return StatementResult.Count.zero();
    }

    StatementResult dropTables(DropTables plan, ExecutionContext context) throws SQLException {
        prepare(context, "DROP TABLE");
        List<String[]> targets = new ArrayList<>();
        List<TableType> types = new ArrayList<>();
        for (QualifiedName q : plan.tables()) {
            String namespace = namespace(q, context);
            Optional<TableSchema> table = context.schemas().refresh(namespace, q.name(), context.rpc());
            if (table.isEmpty()) {
                if (!plan.ifExists()) {
                    throw Errors.create(SqlStates.UNDEFINED_TABLE, "table \"" + namespace + "." + q.name()
                            + "\" does not exist");
                }
                context.session().addWarning("table \"" + namespace + "." + q.name() + "\" does not exist, skipping",
                        "00000");
                continue;
            }
            targets.add(new String[] {namespace, q.name()});
            types.add(dialectType(table.get().type()));
        }
        for (int i = 0; i < targets.size(); i++) {
            String[] t = targets.get(i);
            try {
                execute(plan.render(t[0], t[1], types.get(i)), context);
            } finally {
                context.schemas().invalidate(t[0], t[1]);
            }
        }
        return StatementResult.Count.zero();
    }

    StatementResult createSchema(CreateSchema plan, ExecutionContext context) throws SQLException {
        prepare(context, "CREATE SCHEMA");
        if (DEFAULT_NAMESPACE.equals(plan.name())) {
            if (plan.ifNotExists()) {
                context.session().addWarning("schema \"default\" already exists, skipping", "42P06");
                return StatementResult.Count.zero();
            }
            throw Errors.create("42P06", "schema \"default\" already exists");
        }
        execute(plan.render(), context);
        return StatementResult.Count.zero();
    }

    StatementResult dropSchema(DropSchema plan, ExecutionContext context) throws SQLException {
        prepare(context, "DROP SCHEMA");
        if (!plan.cascade()) {
            for (String name : plan.names()) {
                String table = firstTableOf(name.toLowerCase(Locale.ROOT), context);
                if (table != null) {
                    throw Errors.create("2BP01", "cannot drop schema " + name + " because other objects depend on it"
                            + " (table " + name + "." + table + "); use DROP SCHEMA ... CASCADE to drop its tables too");
                }
            }
        }
        for (String name : plan.names()) {
            try {
                execute(plan.render(name), context);
            } finally {
                context.schemas().invalidateNamespace(name);
            }
        }
        return StatementResult.Count.zero();
    }

    StatementResult importForeignSchema(ImportForeignSchema plan) throws SQLException {
        throw Errors.create(SqlStates.FEATURE_NOT_SUPPORTED, "IMPORT FOREIGN SCHEMA is not supported: every KalamDB table is already visible through this "
                + "driver (list them with DatabaseMetaData.getTables, or SELECT ... FROM system.tables)");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static void prepare(ExecutionContext context, String what) throws SQLException {
        context.checkWritable(what);
        context.session().checkDdlAllowed(what);
    }

    private static String namespace(QualifiedName name, ExecutionContext context) {
        return name.namespaceOr(context.session().namespace()).toLowerCase(Locale.ROOT);
    }

    private static void execute(String sql, ExecutionContext context) throws SQLException {
        LOG.fine(() -> "DDL: " + sql);
        context.session().executeSql(sql, context.rpc());
    }

    private static String firstTableOf(String namespace, ExecutionContext context) throws SQLException {
        if (!namespace.matches("[a-z0-9_]{1,64}")) {
            return null;
        }
        QueryResult result = context.session().executeQuery("SELECT table_name FROM system.tables WHERE "
                + "namespace_id = '" + namespace + "' ORDER BY table_name LIMIT 1", context.rpc());
        IpcStream stream = IpcReplies.decode(result.ipcBatches());
        if (stream.schema() == null) {
            return null;
        }
        for (var b : stream.batches()) {
            if (b.rowCount() > 0) {
                return b.column(0).getString(0);
            }
        }
        return null;
    }

    private static TableType dialectType(org.kalamdb.jdbc.transport.TableType type) {
        return switch (type) {
            case USER -> TableType.USER;
            case STREAM -> TableType.STREAM;
            case SHARED, SYSTEM -> TableType.SHARED;
        };
    }
}
