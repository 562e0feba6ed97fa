package org.kalamdb.jdbc.exec;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.kalamdb.jdbc.config.ConnectionConfig;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.schema.SchemaCache;
import org.kalamdb.jdbc.session.ConnectionSession;
import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.expr.Expr;
import org.kalamdb.jdbc.sql.expr.ExprEvaluator;
import org.kalamdb.jdbc.sql.expr.RowValues;
import org.kalamdb.jdbc.transport.RpcOptions;

/**
 * Everything one statement execution needs: the session, the schema cache, the bound values (as
 * given, and as evaluator runtime values), the expression evaluator with the session's functions,
 * the JDBC limits of the calling statement and its deadline.
 */
public final class ExecutionContext {

    private final ConnectionSession session;
    private final SchemaCache schemas;
    private final ConnectionConfig config;
    private final SessionSettings settings;
    private final ExecutionRequest request;
    private final String statementText;
    // Made on first use: a parameter set of a batch INSERT usually has nothing to evaluate, and a
    // batch makes one context per parameter set.
    private List<Object> evaluationParameters;
    private ExprEvaluator evaluator;
    private SessionFunctions functions;

    /**
     * @param statementText the SQL of the statement being run (for error messages), or null
     */
    ExecutionContext(ConnectionSession session, SchemaCache schemas, ConnectionConfig config,
                     SessionSettings settings, ExecutionRequest request, String statementText) throws SQLException {
        this.statementText = statementText;
        this.session = session;
        this.schemas = schemas;
        this.config = config;
        this.settings = settings;
        this.request = request;
    }

    private SessionFunctions functions() {
        if (functions == null) {
            functions = new SessionFunctions(this);
        }
        return functions;
    }

    private ExprEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = new ExprEvaluator(functions());
        }
        return evaluator;
    }

    private List<Object> evaluationParameters() {
        if (evaluationParameters == null) {
            evaluationParameters = ParameterValues.forEvaluation(request.parameters());
        }
        return evaluationParameters;
    }

    /** The statement's SQL, shortened to 200 characters, for messages; "a statement" when unknown. */
    public String statementText() {
        if (statementText == null) {
            return "a statement";
        }
        String oneLine = statementText.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    public ConnectionSession session() {
        return session;
    }

    public SchemaCache schemas() {
        return schemas;
    }

    public ConnectionConfig config() {
        return config;
    }

    public SessionSettings settings() {
        return settings;
    }

    public ExecutionRequest request() {
        return request;
    }

    public CallControl control() {
        return request.control();
    }

    public Statement statement() {
        return request.statement();
    }

    /** Options for the next RPC; fails with 57014 when cancelled or past the deadline. */
    public RpcOptions rpc() throws SQLException {
        return request.control().rpcOptions();
    }

    /** The next SNOWFLAKE_ID() of this JVM (server layout). */
    public long nextSnowflakeId() {
        return functions().nextSnowflakeId();
    }

    /** {@code expr} with no row in scope (INSERT values, FROM-less SELECT). */
    public Object evaluate(Expr expr) throws SQLException {
        return evaluate(expr, RowValues.EMPTY);
    }

    public Object evaluate(Expr expr, RowValues row) throws SQLException {
        try {
            return evaluator().evaluate(expr, row, evaluationParameters());
        } catch (SqlDialectException e) {
            throw Errors.fromDialect(e);
        } catch (SqlExceptionCarrier c) {
            throw c.exception();
        }
    }

    /** WHERE semantics: true only when the predicate is TRUE. */
    public boolean matches(Expr predicate, RowValues row) throws SQLException {
        try {
            return evaluator().matches(predicate, row, evaluationParameters());
        } catch (SqlDialectException e) {
            throw Errors.fromDialect(e);
        } catch (SqlExceptionCarrier c) {
            throw c.exception();
        }
    }

    /**
     * The value written for {@code expr} as an INSERT value or assignment: a bare parameter gives
     * the bound object itself (so that values the evaluator has no type for, like float[] for an
     * EMBEDDING, still reach the column), anything else is evaluated.
     */
    public Object valueOf(Expr expr, RowValues row) throws SQLException {
        if (expr instanceof Expr.Parameter p) {
            return parameter(p.index());
        }
        return evaluate(expr, row);
    }

    /** The raw bound value of the 1-based parameter {@code index}. */
    public Object parameter(int index) throws SQLException {
        List<Object> raw = request.parameters();
        if (index < 1 || index > raw.size()) {
            throw Errors.create("07002", "No value specified for parameter " + index);
        }
        return raw.get(index - 1);
    }

    /** 25006 when the connection is read-only (Connection.setReadOnly(true)). */
    public void checkWritable(String what) throws SQLException {
        if (settings.readOnly()) {
            throw Errors.create("25006", "cannot execute " + what + " in a read-only connection");
        }
    }

    /** Thrown through the evaluator by session functions that fail with an SQLException. */
    static final class SqlExceptionCarrier extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SQLException exception;

        SqlExceptionCarrier(SQLException exception) {
            super(exception.getMessage(), exception, false, false);
            this.exception = exception;
        }

        SQLException exception() {
            return exception;
        }
    }

}
