package org.kalamdb.jdbc.sql.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kalamdb.jdbc.sql.SqlDialectException;
import org.kalamdb.jdbc.sql.SqlStates;
import org.kalamdb.jdbc.sql.lex.SqlLexer;
import org.kalamdb.jdbc.sql.lex.Token;
import org.kalamdb.jdbc.sql.lex.TokenKind;
import org.kalamdb.jdbc.sql.parse.TokenCursor;
import org.kalamdb.jdbc.types.KalamType;

/**
 * PostgreSQL type names to KalamDB types, where the KalamDB type holds the same values:
 *
 * <table>
 * <caption>mapping</caption>
 * <tr><th>PostgreSQL</th><th>KalamDB</th></tr>
 * <tr><td>SMALLINT, INT2 / INTEGER, INT, INT4 / BIGINT, INT8</td><td>SMALLINT / INT / BIGINT</td></tr>
 * <tr><td>REAL, FLOAT4, FLOAT(1..24)</td><td>FLOAT</td></tr>
 * <tr><td>DOUBLE PRECISION, FLOAT8, FLOAT, FLOAT(25..53)</td><td>DOUBLE</td></tr>
 * <tr><td>NUMERIC/DECIMAL(p,s), (p), bare</td><td>DECIMAL(p,s), (p,0), (38,10)</td></tr>
 * <tr><td>TEXT, VARCHAR(n), CHAR(n), CHARACTER VARYING(n), BPCHAR</td><td>TEXT (length not enforced)</td></tr>
 * <tr><td>BYTEA</td><td>BYTES</td></tr>
 * <tr><td>JSON, JSONB</td><td>JSON</td></tr>
 * <tr><td>TIMESTAMP [WITHOUT TIME ZONE]</td><td>TIMESTAMP</td></tr>
 * <tr><td>TIMESTAMPTZ, TIMESTAMP WITH TIME ZONE</td><td>DATETIME</td></tr>
 * <tr><td>DATE / TIME [WITHOUT TIME ZONE] / UUID / BOOLEAN, BOOL</td><td>same</td></tr>
 * <tr><td>FILE, EMBEDDING(n), VECTOR(n) (pgvector)</td><td>FILE, EMBEDDING(n)</td></tr>
 * <tr><td>SMALLSERIAL / SERIAL / BIGSERIAL (SERIAL2/4/8)</td><td>SMALLINT / INT / BIGINT, flagged serial</td></tr>
 * </table>
 *
 * <p>TIMESTAMPTZ maps to DATETIME, not to TIMESTAMP as the server's own parser would: both are
 * microseconds in UTC, but DATETIME's Arrow type carries the "UTC" zone, so a value read back is
 * an instant (what PostgreSQL's timestamptz is), while TIMESTAMP is a zone-less wall-clock value.
 * Mapping timestamptz to TIMESTAMP would silently drop that meaning.
 *
 * <p>Everything else is refused before anything is sent: known PostgreSQL types KalamDB cannot
 * hold (INTERVAL, arrays, MONEY, TIMETZ, network and geometric types...) and MySQL-isms (TINYINT,
 * UNSIGNED) with 0A000, unknown names with 42704.
 */
public final class PgTypes {

    /** SERIAL family flag. */
    public enum Serial { NONE, SMALL, REGULAR, BIG }

    /**
     * A parsed column type.
     *
     * @param type     the KalamDB type
     * @param declared the type as written
     * @param serial   which SERIAL pseudo-type was written, if any
     */
    public record ParsedType(KalamType type, String declared, Serial serial) {
    }

    private static final Set<String> UNSUPPORTED = Set.of("interval", "money", "inet", "cidr", "macaddr",
            "macaddr8", "xml", "bit", "varbit", "bit varying", "point", "line", "lseg", "box", "path", "polygon",
            "circle", "tsvector", "tsquery", "oid", "regclass", "regtype", "int4range", "int8range", "numrange",
            "tsrange", "tstzrange", "daterange", "hstore", "pg_lsn", "txid_snapshot", "name", "char\"");

    private PgTypes() {
    }

    /** Parses a type at the cursor (consuming it) and maps it. */
    public static ParsedType parse(TokenCursor c) {
        int start = c.index();
        String base = baseName(c);
        List<Integer> modifiers = modifiers(c, base);
        String zone = timeZoneSuffix(c, base);
        if (zone != null) {
            base = base + " " + zone;
        }
        rejectArrayAndSign(c, base);
        String declared = c.text(start, c.index());
        return map(base, modifiers, declared);
    }

    /** Maps a cast target such as {@code numeric(10,2)}, {@code timestamptz}, {@code varchar(3)}. */
    public static KalamType forCast(String typeText) {
        List<Token> tokens = SqlLexer.tokenize(typeText);
        TokenCursor c = new TokenCursor(typeText, tokens);
        ParsedType t = parse(c);
        c.expectEnd();
        if (t.serial() != Serial.NONE) {
            throw new SqlDialectException(SqlStates.UNDEFINED_OBJECT, "type \"" + t.declared() + "\" does not exist");
        }
        return t.type();
    }

    private static String baseName(TokenCursor c) {
        Token first = c.peek();
        if (first == null || !first.isName()) {
            throw c.error("syntax error");
        }
        String name = c.expectName();
        if (c.acceptSymbol(".")) {
            // schema-qualified: pg_catalog.int4, public.vector
            name = c.expectName();
        }
        if (first.kind() == TokenKind.QUOTED_IDENTIFIER) {
            return name;
        }
        switch (name) {
            case "double" -> {
                return c.acceptKeywords("precision") ? "double precision" : "double";
            }
            case "character", "char", "nchar" -> {
                return c.acceptKeywords("varying") ? "varchar" : "char";
            }
            case "national" -> {
                if (!c.acceptKeywords("character") && !c.acceptKeywords("char")) {
                    throw c.error("syntax error");
                }
                return c.acceptKeywords("varying") ? "varchar" : "char";
            }
            case "bit" -> {
                return c.acceptKeywords("varying") ? "bit varying" : "bit";
            }
            default -> {
                return name;
            }
        }
    }

    private static List<Integer> modifiers(TokenCursor c, String base) {
        List<Integer> out = new ArrayList<>();
        if (!c.peekSymbol("(")) {
            return out;
        }
        c.expectSymbol("(");
        do {
            Token t = c.peek();
            boolean negative = c.acceptSymbol("-");
            t = c.peek();
            if (t == null || t.kind() != TokenKind.NUMBER || !t.text().chars().allMatch(Character::isDigit)) {
                throw c.error("syntax error");
            }
            c.next();
            try {
                out.add(negative ? -Integer.parseInt(t.text()) : Integer.parseInt(t.text()));
            } catch (NumberFormatException e) {
                throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                        "type modifier " + t.text() + " of " + base + " is out of range");
            }
        } while (c.acceptSymbol(","));
        c.expectSymbol(")");
        return out;
    }

    /** {@code WITH TIME ZONE} / {@code WITHOUT TIME ZONE} after TIMESTAMP or TIME. */
    private static String timeZoneSuffix(TokenCursor c, String base) {
        if (!base.equals("timestamp") && !base.equals("time")) {
            return null;
        }
        if (c.acceptKeywords("with", "time", "zone")) {
            return "with time zone";
        }
        if (c.acceptKeywords("without", "time", "zone")) {
            return null;
        }
        return null;
    }

    private static void rejectArrayAndSign(TokenCursor c, String base) {
        if (c.peekSymbol("[") || c.peekKeywords("array")) {
            throw SqlDialectException.notSupported("array types (" + base + "[]) are not supported by KalamDB;"
                    + " store the values as JSON or TEXT");
        }
        if (c.peekKeywords("unsigned") || c.peekKeywords("signed") || c.peekKeywords("zerofill")) {
            throw SqlDialectException.notSupported("unsigned integer types are not supported by KalamDB;"
                    + " use SMALLINT, INTEGER, BIGINT or DECIMAL");
        }
    }

    private static ParsedType map(String base, List<Integer> mods, String declared) {
        KalamType type;
        Serial serial = Serial.NONE;
        switch (base) {
            case "smallint", "int2" -> type = noModifiers(KalamType.SMALLINT, base, mods);
            case "integer", "int", "int4" -> type = noModifiers(KalamType.INT, base, mods);
            case "bigint", "int8" -> type = noModifiers(KalamType.BIGINT, base, mods);
            case "smallserial", "serial2" -> {
                type = noModifiers(KalamType.SMALLINT, base, mods);
                serial = Serial.SMALL;
            }
            case "serial", "serial4" -> {
                type = noModifiers(KalamType.INT, base, mods);
                serial = Serial.REGULAR;
            }
            case "bigserial", "serial8" -> {
                type = noModifiers(KalamType.BIGINT, base, mods);
                serial = Serial.BIG;
            }
            case "real", "float4" -> type = noModifiers(KalamType.FLOAT, base, mods);
            case "double precision", "float8", "double" -> type = noModifiers(KalamType.DOUBLE, base, mods);
            case "float" -> type = floatType(mods);
            case "numeric", "decimal", "dec" -> type = decimalType(mods);
            case "text", "varchar", "char", "bpchar" -> type = KalamType.TEXT;
            case "bytea", "bytes" -> type = noModifiers(KalamType.BYTES, base, mods);
            case "json", "jsonb" -> type = noModifiers(KalamType.JSON, base, mods);
            case "timestamp" -> type = KalamType.TIMESTAMP;
            case "timestamptz", "timestamp with time zone", "datetime" -> type = KalamType.DATETIME;
            case "date" -> type = noModifiers(KalamType.DATE, base, mods);
            case "time" -> type = KalamType.TIME;
            case "uuid" -> type = noModifiers(KalamType.UUID, base, mods);
            case "boolean", "bool" -> type = noModifiers(KalamType.BOOLEAN, base, mods);
            case "file" -> type = noModifiers(KalamType.FILE, base, mods);
            case "embedding", "vector" -> type = embeddingType(base, mods);
            case "timetz", "time with time zone" -> throw SqlDialectException.notSupported(
                    "type time with time zone is not supported by KalamDB; use TIME or TIMESTAMPTZ");
            case "tinyint", "int1" -> throw SqlDialectException.notSupported(
                    "type " + base + " is not supported by KalamDB; use SMALLINT");
            default -> {
                if (UNSUPPORTED.contains(base)) {
                    throw SqlDialectException.notSupported("type " + base + " is not supported by KalamDB");
                }
                throw new SqlDialectException(SqlStates.UNDEFINED_OBJECT,
                        "type \"" + base + "\" does not exist in KalamDB");
            }
        }
        return new ParsedType(type, declared, serial);
    }

    private static KalamType noModifiers(KalamType type, String base, List<Integer> mods) {
        if (!mods.isEmpty()) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "type modifier is not allowed for type " + base);
        }
        return type;
    }

    private static KalamType floatType(List<Integer> mods) {
        if (mods.isEmpty()) {
            return KalamType.DOUBLE; // PostgreSQL's FLOAT is double precision
        }
        int p = mods.get(0);
        if (mods.size() > 1 || p < 1 || p > 53) {
            throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "precision for type float must be between 1 and 53 bits");
        }
        return p <= 24 ? KalamType.FLOAT : KalamType.DOUBLE;
    }

    private static KalamType decimalType(List<Integer> mods) {
        if (mods.isEmpty()) {
            return KalamType.decimal(38, 10); // what KalamDB makes of a bare DECIMAL
        }
        if (mods.size() > 2) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR, "invalid NUMERIC type modifier");
        }
        int p = mods.get(0);
        int s = mods.size() == 2 ? mods.get(1) : 0;
        if (p < 1 || p > 38) {
            throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "DECIMAL precision must be between 1 and 38, got " + p);
        }
        if (s < 0 || s > p) {
            throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "DECIMAL scale (" + s + ") must be between 0 and the precision (" + p + ")");
        }
        return KalamType.decimal(p, s);
    }

    private static KalamType embeddingType(String base, List<Integer> mods) {
        if (mods.size() != 1) {
            throw new SqlDialectException(SqlStates.SYNTAX_ERROR,
                    "type " + base + " needs exactly one dimension, e.g. " + base + "(384)");
        }
        int n = mods.get(0);
        if (n < 1 || n > 8192) {
            throw new SqlDialectException(SqlStates.INVALID_PARAMETER_VALUE,
                    "EMBEDDING dimension must be between 1 and 8192, got " + n);
        }
        return KalamType.embedding(n);
    }
}
