package org.kalamdb.jdbc.engine;

import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.kalamdb.jdbc.engine.calcite.EngineTypes;
import org.kalamdb.jdbc.engine.rewrite.RewrittenSql;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;
import org.kalamdb.jdbc.types.KalamType;

/**
 * A query planned and compiled once, executed any number of times with new parameter values.
 * Its result columns and parameter types are known before the first execution. After the session's
 * schema changes it is planned again on its next execution.
 */
public final class PreparedQuery {

    private static final Pattern CALCITE_UNNAMED = Pattern.compile("EXPR\\$\\d+");

    private final EngineSession session;
    private final Map<Integer, KalamType> resultTypes;
    private RewrittenSql sql;
    private Compiled compiled;
    private volatile PreparedStatement running;
    private volatile boolean cancelRequested;

    /** What one planning produced. */
    private record Compiled(PreparedStatement statement, int generation, List<ResultColumn> columns,
                            List<ColumnReader> readers, int[] parameterJdbcTypes, List<ParameterType> parameters) {
    }

    /**
     * @param resultTypes result column index to the KalamDB type its values must have, for the
     *                    engine's own queries that cast to a target column's type
     */
    PreparedQuery(EngineSession session, RewrittenSql sql, Map<Integer, KalamType> resultTypes) {
        this.session = session;
        this.sql = sql;
        this.resultTypes = Map.copyOf(resultTypes);
    }

    /** The result's columns. */
    public List<ResultColumn> columns() throws SQLException {
        synchronized (session) {
            return current().columns();
        }
    }

    /** The caller's parameters ({@code ?} in order, or {@code $1..$n}) with their inferred types. */
    public List<ParameterType> parameters() throws SQLException {
        synchronized (session) {
            return current().parameters();
        }
    }

    /** How many values {@link #execute} takes. */
    public int parameterCount() {
        return sql.parameterCount();
    }

    /**
     * Runs the query with {@code values} (one per parameter, in order; null for SQL NULL) and
     * returns all its rows.
     */
    public QueryResult execute(List<?> values) throws SQLException {
        synchronized (session) {
            Compiled c = current();
            if (values.size() < sql.parameterCount()) {
                throw Errors.create(SqlStates.INVALID_PARAMETER_VALUE,
                        "No value specified for parameter " + (values.size() + 1) + ".");
            }
            PreparedStatement statement = c.statement();
            List<Integer> sources = sql.parameterSources();
            for (int i = 0; i < sources.size(); i++) {
                int userIndex = sources.get(i);
                ParameterBinder.bind(statement, i + 1, c.parameterJdbcTypes()[i], values.get(userIndex - 1), userIndex);
            }
            cancelRequested = false;
            running = statement;
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                List<ColumnReader> readers = c.readers();
                int width = readers.size();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int k = 0; k < width; k++) {
                        row[k] = readers.get(k).read(rs, k + 1);
                    }
                    rows.add(row);
                }
            } catch (SQLException | RuntimeException e) {
                if (cancelRequested) {
                    throw Errors.cancelled("The query was cancelled.", e);
                }
                throw EngineErrors.translate(e);
            } finally {
                running = null;
            }
            if (cancelRequested) {
                throw Errors.cancelled("The query was cancelled.", null);
            }
            return new QueryResult(c.columns(), rows);
        }
    }

    /** Stops a running {@link #execute} from another thread; it then fails with 57014. */
    public void cancel() throws SQLException {
        PreparedStatement statement = running;
        if (statement != null) {
            cancelRequested = true;
            statement.cancel();
        }
    }

    void compileNow() throws SQLException {
        current();
    }

    private Compiled current() throws SQLException {
        if (compiled == null || compiled.generation() != session.generation()) {
            compiled = compile();
        }
        return compiled;
    }

    private Compiled compile() throws SQLException {
        EngineSession.Prepared prepared = session.prepareStatement(sql);
        sql = prepared.sql();
        PreparedStatement statement = prepared.statement();
        try {
            List<ResultColumn> columns = describeColumns(statement.getMetaData());
            List<ColumnReader> readers = new ArrayList<>(columns.size());
            for (ResultColumn column : columns) {
                readers.add(ColumnReader.forType(column.type()));
            }
            ParameterMetaData pmd = statement.getParameterMetaData();
            int[] jdbcTypes = new int[pmd.getParameterCount()];
            ParameterType[] byUser = new ParameterType[sql.parameterCount()];
            for (int i = 0; i < jdbcTypes.length; i++) {
                jdbcTypes[i] = pmd.getParameterType(i + 1);
                int user = sql.parameterSources().get(i) - 1;
                if (byUser[user] == null) {
                    KalamType t = EngineTypes.fromJdbcType(jdbcTypes[i], pmd.getPrecision(i + 1), pmd.getScale(i + 1));
                    byUser[user] = new ParameterType(t, t.precision(), t.scale());
                }
            }
            for (int u = 0; u < byUser.length; u++) {
                if (byUser[u] == null) {
                    byUser[u] = new ParameterType(KalamType.TEXT, 0, 0); // $n never used in the text
                }
            }
            return new Compiled(statement, prepared.generation(), List.copyOf(columns), List.copyOf(readers), jdbcTypes,
                    List.copyOf(Arrays.asList(byUser)));
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw EngineErrors.translate(e);
        }
    }

    private List<ResultColumn> describeColumns(ResultSetMetaData md) throws SQLException {
        List<String> labels = ColumnLabels.of(sql.sql());
        int n = md.getColumnCount();
        if (labels != null && labels.size() != n) {
            labels = null;
        }
        List<ResultColumn> columns = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            int jdbcType = md.getColumnType(i);
            KalamType computed = EngineTypes.fromJdbcType(jdbcType, md.getPrecision(i), md.getScale(i));
            ColumnOrigin origin = origin(md, i);
            KalamType type = computed;
            if (resultTypes.containsKey(i - 1)) {
                type = resultTypes.get(i - 1);
            } else if (origin != null) {
                Optional<KalamType> declared = declaredType(origin);
                if (declared.isPresent() && engineKind(declared.get()) == computed.kind()) {
                    type = declared.get();
                } else if (declared.isEmpty()) {
                    origin = null;
                }
            }
            String label = md.getColumnLabel(i);
            if (labels != null) {
                label = labels.get(i - 1);
            } else if (CALCITE_UNNAMED.matcher(label).matches()) {
                label = ColumnLabels.UNNAMED;
            }
            int precision = type.kind() == KalamType.Kind.DECIMAL ? type.precision()
                    : type.kind() == KalamType.Kind.TEXT && md.getPrecision(i) > 0 ? md.getPrecision(i) : 0;
            int scale = type.kind() == KalamType.Kind.DECIMAL ? type.scale() : 0;
            boolean nullable = md.isNullable(i) != ResultSetMetaData.columnNoNulls;
            columns.add(new ResultColumn(label, type, precision, scale, nullable, origin));
        }
        return columns;
    }

    private static ColumnOrigin origin(ResultSetMetaData md, int i) throws SQLException {
        String schema = md.getSchemaName(i);
        String table = md.getTableName(i);
        String column = md.getColumnName(i);
        if (schema == null || table == null || column == null || schema.isEmpty() || table.isEmpty()) {
            return null;
        }
        return new ColumnOrigin(schema, table, column);
    }

    private Optional<KalamType> declaredType(ColumnOrigin origin) throws SQLException {
        Optional<TableDefinition> table = session.source().table(origin.namespace(), origin.table());
        return table.flatMap(t -> t.column(origin.column())).map(ColumnDefinition::type);
    }

    /** The kind of the computed type a column of {@code declared} type has inside the engine. */
    private static KalamType.Kind engineKind(KalamType declared) {
        return switch (declared.kind()) {
            case TEXT, JSON, FILE, UUID, EMBEDDING -> KalamType.Kind.TEXT;
            case TIMESTAMP, DATETIME -> KalamType.Kind.TIMESTAMP;
            default -> declared.kind();
        };
    }
}
