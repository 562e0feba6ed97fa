package org.kalamdb.server.sql.system;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.kalamdb.server.catalog.ColumnDef;
import org.kalamdb.server.catalog.ColumnDefault;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableType;
import org.kalamdb.server.sql.ddl.TableOptionKeys;

/**
 * The serde JSON the real server shows in system.tables.options, system.schemas.options and
 * system.schemas.columns (server.md 2.2, 5): struct fields in declaration order, enums tagged.
 */
public final class CatalogJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogJson() {
    }

    /** TableOptions serde JSON, tagged with {@code table_type}. */
    public static String tableOptions(TableDef table) {
        Map<String, String> o = table.options();
        ObjectNode n = NODES.objectNode();
        n.put("table_type", table.type().name());
        switch (table.type()) {
            case USER -> {
                n.put("storage_id", o.getOrDefault(TableOptionKeys.STORAGE_ID, TableOptionKeys.DEFAULT_STORAGE));
                n.put("use_user_storage", Boolean.parseBoolean(o.get(TableOptionKeys.USE_USER_STORAGE)));
                n.set("flush_policy", parseOrNull(o.get(TableOptionKeys.FLUSH_POLICY)));
                n.put("compression", o.getOrDefault(TableOptionKeys.COMPRESSION, TableOptionKeys.DEFAULT_COMPRESSION));
            }
            case SHARED -> {
                n.put("storage_id", o.getOrDefault(TableOptionKeys.STORAGE_ID, TableOptionKeys.DEFAULT_STORAGE));
                String level = o.get(TableOptionKeys.ACCESS_LEVEL);
                if (level == null) {
                    n.putNull("access_level");
                } else {
                    // TableAccess is serialised by serde without a rename: "Public", "Private", ...
                    n.put("access_level", level.substring(0, 1).toUpperCase(Locale.ROOT)
                            + level.substring(1).toLowerCase(Locale.ROOT));
                }
                n.set("flush_policy", parseOrNull(o.get(TableOptionKeys.FLUSH_POLICY)));
                n.put("compression", o.getOrDefault(TableOptionKeys.COMPRESSION, TableOptionKeys.DEFAULT_COMPRESSION));
            }
            case STREAM -> {
                n.put("ttl_seconds", Long.parseLong(o.getOrDefault(TableOptionKeys.TTL_SECONDS, "0")));
                n.put("eviction_strategy", o.getOrDefault(TableOptionKeys.EVICTION_STRATEGY, "time_based"));
                n.put("max_stream_size_bytes", Long.parseLong(o.getOrDefault(TableOptionKeys.MAX_STREAM_SIZE_BYTES, "0")));
                n.put("compression", o.getOrDefault(TableOptionKeys.COMPRESSION, TableOptionKeys.DEFAULT_COMPRESSION));
            }
            case SYSTEM -> {
                n.put("read_only", true);
                n.put("enable_cache", true);
                n.put("cache_ttl_seconds", 300);
                n.put("localhost_only", false);
            }
        }
        return n.toString();
    }

    /** A Vec&lt;ColumnDefinition&gt; in serde JSON (system.schemas.columns). */
    public static String columns(List<ColumnDef> columns) {
        ArrayNode array = NODES.arrayNode();
        for (ColumnDef c : columns) {
            ObjectNode n = array.addObject();
            n.put("column_id", c.columnId());
            n.put("column_name", c.name());
            if (c.comment() == null) {
                n.putNull("column_comment");
            } else {
                n.put("column_comment", c.comment());
            }
            n.set("data_type", parse(c.type().serdeJson()));
            n.set("default_value", defaultValue(c.defaultValue()));
            n.put("ordinal_position", c.ordinal());
            n.put("is_nullable", c.nullable());
            n.put("is_primary_key", c.primaryKey());
            n.put("is_partition_key", false);
        }
        return array.toString();
    }

    /** ColumnDefault serde: "None", {"Literal":v}, {"FunctionCall":{"name":..,"args":[]}}. */
    static JsonNode defaultValue(ColumnDefault value) {
        if (value == null) {
            return NODES.textNode("None");
        }
        ObjectNode n = NODES.objectNode();
        if (value instanceof ColumnDefault.Literal l) {
            n.set("Literal", literal(l.value()));
        } else if (value instanceof ColumnDefault.FunctionCall f) {
            ObjectNode call = n.putObject("FunctionCall");
            call.put("name", f.name());
            call.putArray("args");
        }
        return n;
    }

    private static JsonNode literal(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        return NODES.textNode(value.toString());
    }

    /** Reads a JSON text; null when the text is null. */
    public static JsonNode parseOrNull(String json) {
        return json == null ? NODES.nullNode() : parse(json);
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("invalid stored JSON: " + json, e);
        }
    }

    /** serde_json::Value Display of a map: keys sorted, as serde_json without preserve_order. */
    public static String sortedObject(Map<String, JsonNode> entries) {
        ObjectNode n = NODES.objectNode();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> n.set(e.getKey(), e.getValue()));
        return n.toString();
    }

    /** The system.tables storage_id: null for stream and system tables. */
    public static String storageIdOrNull(TableDef table) {
        if (table.type() == TableType.USER || table.type() == TableType.SHARED) {
            return table.options().getOrDefault(TableOptionKeys.STORAGE_ID, TableOptionKeys.DEFAULT_STORAGE);
        }
        return null;
    }
}
