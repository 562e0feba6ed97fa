package org.kalamdb.server.sql.ddl;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.NamespaceDef;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.sql.system.CatalogJson;
import org.kalamdb.server.sql.system.NamespaceOptionStore;
import org.kalamdb.server.store.DataAccess;

/**
 * CREATE / DROP / ALTER NAMESPACE and USE / SET NAMESPACE (server.md 1), parsed on whitespace
 * tokens like the real server (the name is the first token after the keywords; quotes stay part
 * of it and then fail validation).
 */
public final class NamespaceCommands {

    private final Catalog catalog;
    private final DataAccess data;
    private final NamespaceOptionStore options;

    public NamespaceCommands(Catalog catalog, DataAccess data, NamespaceOptionStore options) {
        this.catalog = catalog;
        this.data = data;
        this.options = options;
    }

    public StatementResult create(String sql) {
        WhitespaceWords.NameWithFlag parsed = WhitespaceWords.parseCreateDrop(sql, "CREATE NAMESPACE", "IF NOT EXISTS");
        String name = NamespaceIds.normalize(parsed.name());
        NameValidator.validateNamespace(name).ifPresent(message -> {
            throw SqlErrors.bare(message);
        });
        NamespaceDef def = new NamespaceDef(name, System.currentTimeMillis() * 1000, "{}");
        if (!catalog.createNamespace(def)) {
            if (parsed.flag()) {
                return new StatementResult.Message("Namespace '" + name + "' already exists");
            }
            throw SqlErrors.alreadyExists("Namespace '" + name + "' already exists");
        }
        return new StatementResult.Message("Namespace '" + name + "' created successfully");
    }

    /** CASCADE is parsed and ignored: the namespace's tables are always dropped first. */
    public StatementResult drop(String sql) {
        List<String> tokens = WhitespaceWords.split(sql);
        boolean cascade = !tokens.isEmpty() && tokens.get(tokens.size() - 1).equalsIgnoreCase("CASCADE");
        String withoutCascade = cascade ? String.join(" ", tokens.subList(0, tokens.size() - 1)) : sql;
        WhitespaceWords.NameWithFlag parsed = WhitespaceWords.parseCreateDrop(withoutCascade, "DROP NAMESPACE", "IF EXISTS");
        String name = NamespaceIds.normalize(parsed.name());
        List<TableDef> dropped = catalog.dropNamespace(name);
        if (dropped == null) {
            if (parsed.flag()) {
                return new StatementResult.Message("Namespace '" + name + "' does not exist");
            }
            throw SqlErrors.notFound("Namespace '" + name + "' not found");
        }
        for (TableDef t : dropped) {
            data.dropData(t.id());
        }
        options.forgetMissing(catalog);
        return new StatementResult.Message("Namespace '" + name + "' dropped successfully");
    }

    /**
     * {@code ALTER NAMESPACE <name> SET OPTIONS (k = v, ...)}: the only form the real parser
     * accepts (docs mention SET DESCRIPTION; the code answers "Expected SET OPTIONS clause").
     */
    public StatementResult alter(String sql) {
        String trimmed = sql.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("ALTER NAMESPACE")) {
            throw new SqlSyntaxException("Expected ALTER NAMESPACE statement");
        }
        if (!upper.contains("SET OPTIONS")) {
            throw new SqlSyntaxException("Expected SET OPTIONS clause");
        }
        String namePart;
        if (trimmed.startsWith("ALTER NAMESPACE") || trimmed.startsWith("alter namespace")) {
            namePart = trimmed.substring("ALTER NAMESPACE".length()).strip();
        } else {
            throw new SqlSyntaxException("Invalid ALTER NAMESPACE syntax");
        }
        int setPos = namePart.toUpperCase(Locale.ROOT).indexOf("SET OPTIONS");
        if (setPos < 0) {
            throw new SqlSyntaxException("SET OPTIONS clause not found");
        }
        String rawName = namePart.substring(0, setPos).strip();
        if (rawName.isEmpty()) {
            throw new SqlSyntaxException("Namespace name is required");
        }
        String rest = namePart.substring(setPos);
        if (!rest.startsWith("SET OPTIONS") && !rest.startsWith("set options")) {
            throw new SqlSyntaxException("Invalid SET OPTIONS syntax");
        }
        Map<String, JsonNode> newOptions = parseOptions(rest.substring("SET OPTIONS".length()).strip());
        String name = NamespaceIds.normalize(rawName);
        NamespaceDef ns = catalog.namespace(name);
        if (ns == null) {
            throw SqlErrors.notFound("Namespace '" + name + "' not found");
        }
        Map<String, JsonNode> merged = new TreeMap<>();
        CatalogJson.parse(options.optionsJson(ns)).properties().forEach(e -> merged.put(e.getKey(), e.getValue()));
        merged.putAll(newOptions);
        options.put(ns, CatalogJson.sortedObject(merged));
        return new StatementResult.Message("Namespace '" + name + "' altered successfully");
    }

    /** {@code (k = 'text' | true | false | 42 | 4.2, ...)}, split on commas like upstream. */
    private static Map<String, JsonNode> parseOptions(String text) {
        if (!text.startsWith("(") || !text.endsWith(")")) {
            throw new SqlSyntaxException("Options must be enclosed in parentheses");
        }
        String inner = text.substring(1, text.length() - 1).strip();
        Map<String, JsonNode> out = new TreeMap<>();
        if (inner.isEmpty()) {
            return out;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        for (String pair : inner.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new SqlSyntaxException("Invalid option format: " + pair);
            }
            String key = pair.substring(0, eq).strip();
            String value = pair.substring(eq + 1).strip();
            JsonNode json;
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                json = nodes.textNode(value.substring(1, value.length() - 1));
            } else if (value.equals("true") || value.equals("false")) {
                json = nodes.booleanNode(value.equals("true"));
            } else {
                json = parseNumber(value);
            }
            out.put(key, json);
        }
        return out;
    }

    private static JsonNode parseNumber(String value) {
        try {
            return JsonNodeFactory.instance.numberNode(Long.parseLong(value));
        } catch (NumberFormatException notLong) {
            try {
                double d = Double.parseDouble(value);
                if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                    return JsonNodeFactory.instance.numberNode(d);
                }
            } catch (NumberFormatException notDouble) {
                // falls through to the upstream message
            }
            throw new SqlSyntaxException("Invalid value format: " + value);
        }
    }

    /** USE name / USE NAMESPACE name / SET NAMESPACE name: checks existence; nothing persists (gRPC SQL is stateless). */
    public StatementResult use(String sql) {
        String upper = sql.strip().toUpperCase(Locale.ROOT);
        String[] words = sql.strip().isEmpty() ? new String[0] : sql.strip().split("\\s+");
        String raw;
        if (upper.startsWith("USE NAMESPACE")) {
            if (words.length < 3) {
                throw new SqlSyntaxException("USE NAMESPACE requires a namespace name");
            }
            raw = words[2];
        } else if (upper.startsWith("SET NAMESPACE")) {
            if (words.length < 3) {
                throw new SqlSyntaxException("SET NAMESPACE requires a namespace name");
            }
            raw = words[2];
        } else if (upper.startsWith("USE ")) {
            if (words.length < 2) {
                throw new SqlSyntaxException("USE requires a namespace name");
            }
            if (words[1].equalsIgnoreCase("NAMESPACE")) {
                throw new SqlSyntaxException("USE NAMESPACE requires a namespace name");
            }
            raw = words[1];
        } else {
            throw new SqlSyntaxException("Expected USE, USE NAMESPACE, or SET NAMESPACE statement, got: " + sql);
        }
        String unquoted = WhitespaceWords.trimMatches(WhitespaceWords.trimMatches(WhitespaceWords.trimMatches(raw, '\''), '"'), '`');
        String name = NamespaceIds.normalize(unquoted);
        if (catalog.namespace(name) == null) {
            throw SqlErrors.notFound("Namespace '" + name + "' does not exist");
        }
        return new StatementResult.Message("Namespace switched to '" + name + "'");
    }
}
