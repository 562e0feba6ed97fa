package org.kalamdb.jdbc.engine;

import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.validate.SqlValidatorException;
import org.kalamdb.jdbc.engine.calcite.ScanFailure;
import org.kalamdb.jdbc.engine.rewrite.SqlRewriteException;
import org.kalamdb.jdbc.error.Errors;
import org.kalamdb.jdbc.error.SqlStates;

/**
 * Turns what Calcite throws into SQLExceptions with PostgreSQL's SQLStates (design.md section 4),
 * through the driver's one exception factory. A {@link TableSource}'s own SQLException comes back
 * unchanged. Messages name the problem, never the whole statement text.
 */
final class EngineErrors {

    // SQLStates the engine raises beyond the driver's common table (PostgreSQL's codes).
    static final String DIVISION_BY_ZERO = "22012";
    static final String INVALID_DATETIME_FORMAT = "22007";
    static final String UNDEFINED_FUNCTION = "42883";
    static final String AMBIGUOUS_COLUMN = "42702";
    static final String GROUPING_ERROR = "42803";
    static final String DATATYPE_MISMATCH = "42804";
    static final String INDETERMINATE_DATATYPE = "42P18";
    static final String CARDINALITY_VIOLATION = "21000";
    static final String SYNTAX_OR_ACCESS_RULE = "42000";
    static final String UNDEFINED_PARAMETER = "07001";

    private static final Pattern SQL_IN_MESSAGE = Pattern.compile("(?s)\\s*(?:while (?:preparing|executing)"
            + " (?:statement|SQL)\\s*)?(?:\\[.*]|\".*\")\\s*:?");

    private EngineErrors() {
    }

    /** The SQLException for a failure while preparing or running an engine query. */
    static SQLException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ScanFailure scan) {
                return scan.getCause();
            }
        }
        Throwable validation = find(failure, SqlValidatorException.class);
        if (validation != null) {
            return validationError(validation.getMessage(), failure);
        }
        Throwable context = find(failure, CalciteContextException.class);
        if (context != null) {
            return validationError(((CalciteContextException) context).getMessage(), failure);
        }
        Throwable parse = find(failure, SqlParseException.class);
        if (parse != null) {
            return Errors.create(SqlStates.SYNTAX_ERROR, "syntax error: " + firstLine(parse.getMessage()), failure);
        }
        Throwable rewrite = find(failure, SqlRewriteException.class);
        if (rewrite != null) {
            return Errors.create(SqlStates.SYNTAX_ERROR, "syntax error: " + rewrite.getMessage(), failure);
        }
        return executionError(failure);
    }

    static SQLException syntax(String message) {
        return Errors.create(SqlStates.SYNTAX_ERROR, message);
    }

    private static SQLException validationError(String message, Throwable cause) {
        String m = message == null ? "invalid query" : message;
        String state;
        if (m.contains("Object '") && m.contains("not found") || m.contains("Table '") && m.contains("not found")) {
            state = SqlStates.UNDEFINED_TABLE;
            m = relationMessage(m);
        } else if (m.contains("Column '") && m.contains("not found") || m.contains("Unknown identifier")
                || m.contains("depends on itself")) {
            state = SqlStates.UNDEFINED_COLUMN;
        } else if (m.contains("is ambiguous")) {
            state = AMBIGUOUS_COLUMN;
        } else if (m.contains("No match found for function signature") || m.contains("Cannot apply")) {
            state = UNDEFINED_FUNCTION;
        } else if (m.contains("Illegal use of dynamic parameter")) {
            state = INDETERMINATE_DATATYPE;
        } else if (m.contains("is not being grouped") || m.contains("Aggregate expression is illegal")) {
            state = GROUPING_ERROR;
        } else if (m.contains("Cast function cannot convert") || m.contains("Type mismatch")) {
            state = DATATYPE_MISMATCH;
        } else {
            state = SYNTAX_OR_ACCESS_RULE;
        }
        return Errors.create(state, m, cause);
    }

    private static final Pattern OBJECT_NOT_FOUND = Pattern.compile(
            "(?:Object|Table) '([^']+)' not found(?: within '([^']+)')?");

    /** PostgreSQL's wording: {@code relation "ns.t" does not exist}. */
    private static String relationMessage(String calcite) {
        Matcher m = OBJECT_NOT_FOUND.matcher(calcite);
        if (!m.find()) {
            return calcite;
        }
        String name = m.group(2) == null ? m.group(1) : m.group(2) + "." + m.group(1);
        return "relation \"" + name + "\" does not exist";
    }

    private static SQLException executionError(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String lower = m.toLowerCase(Locale.ROOT);
        String state;
        if (root instanceof ArithmeticException && (lower.contains("zero") || lower.contains("division undefined"))) {
            state = DIVISION_BY_ZERO;
            m = "division by zero";
        } else if (lower.contains("out of range") || lower.contains("overflow")) {
            state = SqlStates.NUMERIC_VALUE_OUT_OF_RANGE;
        } else if (root instanceof NumberFormatException || lower.contains("invalid number")
                || lower.contains("invalid character") || lower.contains("invalid input syntax")) {
            state = SqlStates.INVALID_TEXT_REPRESENTATION;
            m = "invalid input syntax: " + m;
        } else if (lower.contains("single_value") || lower.contains("more than one value")) {
            state = CARDINALITY_VIOLATION;
            m = "more than one row returned by a subquery used as an expression";
        } else if (root instanceof java.time.DateTimeException || lower.contains("date") && lower.contains("invalid")
                || lower.contains("timestamp") && lower.contains("invalid")) {
            state = INVALID_DATETIME_FORMAT;
        } else if (root instanceof ArithmeticException) {
            state = SqlStates.DATA_EXCEPTION;
        } else if (m.contains("Unable to implement")) {
            // A plan Calcite has no implementation for (e.g. percent_rank(), cume_dist()).
            state = SqlStates.FEATURE_NOT_SUPPORTED;
            m = "this query shape is not supported by the driver's query engine";
        } else {
            state = SqlStates.INTERNAL_ERROR;
            m = stripStatement(m);
        }
        return Errors.create(state, m, failure);
    }

    private static String stripStatement(String message) {
        Matcher matcher = SQL_IN_MESSAGE.matcher(message);
        return matcher.lookingAt() ? message.substring(matcher.end()).trim() : message;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static Throwable find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }
}
