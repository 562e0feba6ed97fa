package org.kalamdb.server.sql.ddl;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import org.kalamdb.server.catalog.Catalog;
import org.kalamdb.server.catalog.TableDef;
import org.kalamdb.server.catalog.TableId;
import org.kalamdb.server.sql.SqlErrors;
import org.kalamdb.server.sql.StatementResult;
import org.kalamdb.server.sql.lex.SqlSyntaxException;
import org.kalamdb.server.store.DataAccess;

/**
 * DROP [USER|SHARED|STREAM] TABLE [IF EXISTS] [ns.]t (server.md 2.7; drop_table.rs, table/drop.rs).
 * The typed keyword is not checked against the table's type. Rows are discarded at once through
 * {@link DataAccess#dropData}; the message names a cleanup job id like the real server's
 * asynchronous job ({@code CL-} and 12 hex digits).
 */
public final class DropTableCommand {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Catalog catalog;
    private final DataAccess data;

    public DropTableCommand(Catalog catalog, DataAccess data) {
        this.catalog = catalog;
        this.data = data;
    }

    public StatementResult execute(String sql, String defaultNamespace) {
        String upper = sql.strip().toUpperCase(Locale.ROOT);
        if (!upper.startsWith("DROP")) {
            throw new SqlSyntaxException("Expected DROP TABLE statement");
        }
        String keyword;
        if (upper.contains("DROP USER TABLE")) {
            keyword = "DROP USER TABLE";
        } else if (upper.contains("DROP SHARED TABLE")) {
            keyword = "DROP SHARED TABLE";
        } else if (upper.contains("DROP STREAM TABLE")) {
            keyword = "DROP STREAM TABLE";
        } else if (upper.contains("DROP TABLE")) {
            keyword = "DROP TABLE";
        } else {
            throw new SqlSyntaxException("Expected DROP [USER|SHARED|STREAM] TABLE statement");
        }
        WhitespaceWords.NameWithFlag parsed = WhitespaceWords.parseCreateDrop(sql, keyword, "IF EXISTS");
        String name = parsed.name();
        int dot = name.indexOf('.');
        String namespace = dot < 0 ? defaultNamespace : NamespaceIds.normalize(name.substring(0, dot));
        String table = (dot < 0 ? name : name.substring(dot + 1)).toLowerCase(Locale.ROOT);
        TableId id = new TableId(namespace, table);
        if (NamespaceIds.isSystemNamespace(namespace)) {
            throw SqlErrors.invalidOperation("Cannot drop system table '" + id.dotted()
                    + "'. System tables are managed internally.");
        }
        TableDef dropped = catalog.dropTable(id);
        if (dropped == null) {
            if (parsed.flag()) {
                return new StatementResult.Message("Table " + id.dotted() + " does not exist (skipped)");
            }
            throw SqlErrors.notFound("Table '" + table + "' not found in namespace '" + namespace + "'");
        }
        data.dropData(id);
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return new StatementResult.Message("Table " + id.dotted() + " dropped successfully. Cleanup job: CL-"
                + HexFormat.of().formatHex(random));
    }
}
