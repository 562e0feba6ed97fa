package org.kalamdb.jdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamdb.jdbc.sql.plan.AlterTable;
import org.kalamdb.jdbc.sql.plan.Begin;
import org.kalamdb.jdbc.sql.plan.Commit;
import org.kalamdb.jdbc.sql.plan.CreateForeignTable;
import org.kalamdb.jdbc.sql.plan.CreateSchema;
import org.kalamdb.jdbc.sql.plan.CreateTable;
import org.kalamdb.jdbc.sql.plan.Delete;
import org.kalamdb.jdbc.sql.plan.DropSchema;
import org.kalamdb.jdbc.sql.plan.DropTables;
import org.kalamdb.jdbc.sql.plan.EmptyStatement;
import org.kalamdb.jdbc.sql.plan.FunctionCall;
import org.kalamdb.jdbc.sql.plan.GeneralSelect;
import org.kalamdb.jdbc.sql.plan.ImportForeignSchema;
import org.kalamdb.jdbc.sql.plan.Insert;
import org.kalamdb.jdbc.sql.plan.NoOp;
import org.kalamdb.jdbc.sql.plan.Plan;
import org.kalamdb.jdbc.sql.plan.ReleaseSavepoint;
import org.kalamdb.jdbc.sql.plan.ResetAll;
import org.kalamdb.jdbc.sql.plan.Rollback;
import org.kalamdb.jdbc.sql.plan.RollbackToSavepoint;
import org.kalamdb.jdbc.sql.plan.Savepoint;
import org.kalamdb.jdbc.sql.plan.Select;
import org.kalamdb.jdbc.sql.plan.SetIgnored;
import org.kalamdb.jdbc.sql.plan.SetSchema;
import org.kalamdb.jdbc.sql.plan.SetUserId;
import org.kalamdb.jdbc.sql.plan.Show;
import org.kalamdb.jdbc.sql.plan.ShowUserId;
import org.kalamdb.jdbc.sql.plan.Unsupported;
import org.kalamdb.jdbc.sql.plan.Update;

/** One statement per plan kind, dispatched through the visitor the driver will implement. */
class PlanVisitorTest {

    /** Names each plan kind and its family, as a driver's dispatcher would see it. */
    private static final Plan.Visitor<String> NAMES = new Plan.Visitor<>() {
        public String visit(SetUserId p) {
            return "session:SetUserId";
        }

        public String visit(ShowUserId p) {
            return "session:ShowUserId";
        }

        public String visit(SetSchema p) {
            return "session:SetSchema";
        }

        public String visit(SetIgnored p) {
            return "session:SetIgnored";
        }

        public String visit(ResetAll p) {
            return "session:ResetAll";
        }

        public String visit(Show p) {
            return "session:Show";
        }

        public String visit(Begin p) {
            return "tx:Begin";
        }

        public String visit(Commit p) {
            return "tx:Commit";
        }

        public String visit(Rollback p) {
            return "tx:Rollback";
        }

        public String visit(Savepoint p) {
            return "tx:Savepoint";
        }

        public String visit(ReleaseSavepoint p) {
            return "tx:ReleaseSavepoint";
        }

        public String visit(RollbackToSavepoint p) {
            return "tx:RollbackToSavepoint";
        }

        public String visit(CreateTable p) {
            return "ddl:CreateTable";
        }

        public String visit(CreateForeignTable p) {
            return "ddl:CreateForeignTable";
        }

        public String visit(AlterTable p) {
            return "ddl:AlterTable";
        }

        public String visit(DropTables p) {
            return "ddl:DropTables";
        }

        public String visit(CreateSchema p) {
            return "ddl:CreateSchema";
        }

        public String visit(DropSchema p) {
            return "ddl:DropSchema";
        }

        public String visit(ImportForeignSchema p) {
            return "ddl:ImportForeignSchema";
        }

        public String visit(Select p) {
            return "query:Select";
        }

        public String visit(FunctionCall p) {
            return "query:FunctionCall";
        }

        public String visit(GeneralSelect p) {
            return "query:GeneralSelect";
        }

        public String visit(Insert p) {
            return "write:Insert";
        }

        public String visit(Update p) {
            return "write:Update";
        }

        public String visit(Delete p) {
            return "write:Delete";
        }

        public String visit(NoOp p) {
            return "NoOp";
        }

        public String visit(Unsupported p) {
            return "Unsupported";
        }

        public String visit(EmptyStatement p) {
            return "EmptyStatement";
        }
    };

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', quoteCharacter = '`', value = {
            "SET kalam.user_id = 'a'#session:SetUserId",
            "SHOW kalam.user_id#session:ShowUserId",
            "SET search_path TO app#session:SetSchema",
            "SET client_encoding TO 'UTF8'#session:SetIgnored",
            "RESET ALL#session:ResetAll",
            "SHOW search_path#session:Show",
            "BEGIN#tx:Begin",
            "COMMIT#tx:Commit",
            "ROLLBACK#tx:Rollback",
            "SAVEPOINT a#tx:Savepoint",
            "RELEASE SAVEPOINT a#tx:ReleaseSavepoint",
            "ROLLBACK TO a#tx:RollbackToSavepoint",
            "CREATE TABLE t (id INT)#ddl:CreateTable",
            "CREATE FOREIGN TABLE t (id INT) SERVER s#ddl:CreateForeignTable",
            "ALTER TABLE t DROP COLUMN a#ddl:AlterTable",
            "DROP TABLE t#ddl:DropTables",
            "CREATE SCHEMA s#ddl:CreateSchema",
            "DROP SCHEMA s#ddl:DropSchema",
            "IMPORT FOREIGN SCHEMA a FROM SERVER s INTO b#ddl:ImportForeignSchema",
            "SELECT a FROM t#query:Select",
            "SELECT 1#query:FunctionCall",
            "SELECT count(*) FROM t#query:GeneralSelect",
            "INSERT INTO t VALUES (1)#write:Insert",
            "UPDATE t SET a = 1#write:Update",
            "DELETE FROM t#write:Delete",
            "CREATE EXTENSION pg_kalam#NoOp",
            "TRUNCATE t#Unsupported",
            "/* nothing */#EmptyStatement",
    })
    void everyPlanKindIsReachable(String sql, String expected) {
        assertEquals(expected, SqlParser.parse(sql).plan().accept(NAMES));
    }
}
