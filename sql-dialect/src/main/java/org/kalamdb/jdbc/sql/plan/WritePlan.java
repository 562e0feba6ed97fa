package org.kalamdb.jdbc.sql.plan;

import java.util.List;

/** INSERT, UPDATE and DELETE on one table. */
public sealed interface WritePlan extends Plan permits Insert, Update, Delete {

    /** The target table. */
    TableRef table();

    /** The RETURNING list; empty when there is none. */
    List<SelectItem> returning();
}
