package org.kalamdb.jdbc.engine.calcite;

import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;

/** Registers KalamDB's functions that Calcite lacks in the engine's root schema. */
public final class EngineFunctions {

    private EngineFunctions() {
    }

    public static void register(SchemaPlus root) {
        add(root, "json_get_json", "getJson1", "getJson2", "getJson3");
        add(root, "json_as_text", "asText1", "asText2", "asText3");
        add(root, "json_contains", "contains1", "contains2");
        add(root, "json_get_str", "getStr1", "getStr2");
        add(root, "json_get_int", "getInt1", "getInt2");
        add(root, "json_get_float", "getFloat1", "getFloat2");
        add(root, "json_get_bool", "getBool1", "getBool2");
        add(root, "json_length", "length0", "length1");
    }

    private static void add(SchemaPlus root, String name, String... methods) {
        for (String method : methods) {
            root.add(name, ScalarFunctionImpl.create(JsonFunctions.class, method));
        }
    }
}
