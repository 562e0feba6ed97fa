package org.kalamdb.server.sql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.update.Update;

import org.kalamdb.server.KalamError;
import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.ddl.AlterTableCommand;
import org.kalamdb.server.sql.ddl.AlterTableParser;
import org.kalamdb.server.sql.ddl.CreateTableCommand;
import org.kalamdb.server.sql.ddl.CreateTableParser;
import org.kalamdb.server.sql.ddl.DropTableCommand;
import org.kalamdb.server.sql.ddl.NamespaceCommands;
import org.kalamdb.server.sql.ddl.UserCommands;
import org.kalamdb.server.sql.dml.DeleteCommand;
import org.kalamdb.server.sql.dml.InsertCommand;
import org.kalamdb.server.sql.dml.UpdateCommand;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.query.EvalContext;
import org.kalamdb.server.sql.query.QueryLimits;
import org.kalamdb.server.sql.query.RelationResolver;
import org.kalamdb.server.sql.query.SelectExecutor;
import org.kalamdb.server.sql.system.NamespaceOptionStore;
import org.kalamdb.server.sql.system.ShowCommands;
import org.kalamdb.server.sql.system.SystemContext;
import org.kalamdb.server.sql.system.SystemTableDefinitions;
import org.kalamdb.server.sql.system.SystemViews;
import org.kalamdb.server.store.DataAccess;

/**
 * The server's SQL engine behind ExecuteSql/ExecuteQuery (protocol.md 8): KalamDB DDL, SELECT
 * over tables and system views, and SQL DML, every statement run as user {@code pg-extension},
 * role dba, in namespace {@code default}, outside any session transaction. Every failure is a
 * {@link KalamError} with code INTERNAL and the real server's text.
 */
public final class KalamSqlExecutor implements SqlExecutor {

    /** MAX_SQL_QUERY_LENGTH: statements longer than 1 MiB (UTF-8 bytes) are refused. */
    public static final int MAX_SQL_BYTES = 1_048_576;

    private static final Logger LOG = Logger.getLogger(KalamSqlExecutor.class.getName());

    private final Catalog catalog;
    private final DataAccess data;
    private final ExecutionIdentity identity = ExecutionIdentity.PG_EXTENSION;
    private final SystemViews views = new SystemViews();
    private final NamespaceOptionStore namespaceOptions = new NamespaceOptionStore();
    private final List<TableDef> systemTables;
    private final NamespaceCommands namespaces;
    private final ShowCommands show;
    private final SelectExecutor select;
    private final InsertCommand insert;
    private final UpdateCommand update;
    private final DeleteCommand delete;
    private final CreateTableCommand createTable;
    private final AlterTableCommand alterTable;
    private final DropTableCommand dropTable;
    private final UserCommands users;
    /** DDL is serialised (upstream it goes through one Raft log); reads and DML are not. */
    private final Object ddlLock = new Object();

    public KalamSqlExecutor(Catalog catalog, DataAccess data) {
        this.catalog = catalog;
        this.data = data;
        this.systemTables = SystemTableDefinitions.all(views, System.currentTimeMillis() * 1000);
        RelationResolver resolver = new RelationResolver(catalog, data, views, identity);
        this.namespaces = new NamespaceCommands(catalog, data, namespaceOptions);
        this.show = new ShowCommands(views);
        this.select = new SelectExecutor(resolver, QueryLimits.REAL_SERVER);
        this.insert = new InsertCommand(resolver, data);
        this.update = new UpdateCommand(resolver, data);
        this.delete = new DeleteCommand(resolver, data);
        this.createTable = new CreateTableCommand(catalog);
        this.alterTable = new AlterTableCommand(catalog);
        this.dropTable = new DropTableCommand(catalog, data);
        this.users = new UserCommands(catalog, identity.role());
    }

    @Override
    public SqlOutcome execute(String sql) {
        return BatchEncoder.toOutcome(run(sql));
    }

    /** Runs one statement and returns its result before Arrow encoding. */
    public StatementResult run(String sql) {
        int bytes = sql.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SQL_BYTES) {
            throw SqlErrors.invalidSql("SQL query too long: " + bytes + " bytes (maximum " + MAX_SQL_BYTES + " bytes)");
        }
        StatementKind kind = StatementClassifier.classify(sql);
        try {
            return dispatch(kind, sql);
        } catch (KalamError e) {
            throw e;
        } catch (SqlSyntaxException e) {
            String prefix = kind == StatementKind.CREATE_TABLE ? "Invalid CREATE TABLE statement: " : "";
            throw SqlErrors.invalidSql(prefix + e.getMessage());
        } catch (EngineError e) {
            throw SqlErrors.classifyEngineError(e.getMessage());
        } catch (RuntimeException e) {
            // A defect of this server, not a SQL error: keep the statement kind, never the SQL text.
            LOG.log(Level.WARNING, "SQL engine failure on a " + kind + " statement", e);
            throw SqlErrors.execution("Internal error: " + e);
        }
    }

    private StatementResult dispatch(StatementKind kind, String sql) {
        return switch (kind) {
            case SELECT -> new StatementResult.Table(select.execute(parseSelect(sql), systemContext(),
                    EvalContext.now(identity)));
            case INSERT -> insert.execute(parseDml(sql, Insert.class, true), EvalContext.now(identity));
            case UPDATE -> update.execute(parseDml(sql, Update.class, false), EvalContext.now(identity));
            case DELETE -> delete.execute(parseDml(sql, Delete.class, false), EvalContext.now(identity));
            case SHOW_NAMESPACES -> show.showNamespaces(sql, systemContext());
            case SHOW_TABLES -> show.showTables(sql, systemContext());
            case DESCRIBE_TABLE -> show.describe(sql, identity.namespace(), systemContext());
            case USE_NAMESPACE -> namespaces.use(sql);
            case CREATE_NAMESPACE, ALTER_NAMESPACE, DROP_NAMESPACE, CREATE_TABLE, ALTER_TABLE, DROP_TABLE,
                    CREATE_USER, ALTER_USER, DROP_USER -> ddl(kind, sql);
            // gRPC SQL has no request id, so SQL transaction control has no context to run in.
            case BEGIN -> throw SqlErrors.invalidOperation("BEGIN requires a request-scoped execution context");
            case COMMIT -> throw SqlErrors.invalidOperation("COMMIT requires a request-scoped execution context");
            case ROLLBACK -> throw SqlErrors.invalidOperation("ROLLBACK requires a request-scoped execution context");
            case NOT_SUPPORTED -> throw UnknownStatements.notSupported(StatementClassifier.words(sql));
            case UNKNOWN -> throw UnknownStatements.reject(sql, StatementClassifier.words(sql));
        };
    }

    private StatementResult ddl(StatementKind kind, String sql) {
        synchronized (ddlLock) {
            return switch (kind) {
                case CREATE_NAMESPACE -> namespaces.create(sql);
                case ALTER_NAMESPACE -> namespaces.alter(sql);
                case DROP_NAMESPACE -> namespaces.drop(sql);
                case CREATE_TABLE -> createTable.execute(CreateTableParser.parse(sql, identity.namespace()));
                case ALTER_TABLE -> alterTable.execute(AlterTableParser.parse(sql, identity.namespace()));
                case DROP_TABLE -> dropTable.execute(sql, identity.namespace());
                case CREATE_USER -> users.create(sql);
                case ALTER_USER -> users.alter(sql);
                case DROP_USER -> users.drop(sql);
                default -> throw new IllegalArgumentException("not a DDL statement: " + kind);
            };
        }
    }

    private SystemContext systemContext() {
        return new SystemContext(catalog, data, namespaceOptions, systemTables);
    }

    /** SELECT goes to DataFusion upstream: one statement, parse errors reported as DataFusion SQL errors. */
    private static PlainSelect parseSelect(String sql) {
        Statement statement = parseSingle(sql, false);
        if (statement instanceof PlainSelect plain) {
            return plain;
        }
        throw EngineError.notImplemented("this form of SELECT (set operations, VALUES, parenthesised queries) "
                + "in this server's SQL engine");
    }

    /**
     * INSERT parses on KalamDB's fast path (errors are {@code Invalid SQL: sql parser error: ...});
     * UPDATE and DELETE go to DataFusion.
     */
    private static <T extends Statement> T parseDml(String sql, Class<T> type, boolean fastPath) {
        Statement statement = parseSingle(sql, fastPath);
        if (!type.isInstance(statement)) {
            throw EngineError.notImplemented("this form of " + type.getSimpleName().toUpperCase(java.util.Locale.ROOT));
        }
        return type.cast(statement);
    }

    private static Statement parseSingle(String sql, boolean fastPath) {
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(sql);
        } catch (JSQLParserException e) {
            String reason = parserMessage(e);
            if (fastPath) {
                throw SqlErrors.invalidSql("sql parser error: " + reason);
            }
            throw new EngineError("SQL error: ParserError(\"" + reason + "\")");
        }
        if (statements.size() != 1) {
            throw EngineError.notImplemented("The context currently only supports a single SQL statement");
        }
        return statements.get(0);
    }

    private static String parserMessage(JSQLParserException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        message = message.replace("net.sf.jsqlparser.parser.ParseException: ", "");
        int newline = message.indexOf('\n');
        return (newline >= 0 ? message.substring(0, newline) : message).strip();
    }
}
