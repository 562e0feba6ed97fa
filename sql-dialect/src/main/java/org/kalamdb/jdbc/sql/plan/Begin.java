package org.kalamdb.jdbc.sql.plan;

/**
 * {@code BEGIN [WORK|TRANSACTION] [modes]} or {@code START TRANSACTION [modes]}.
 *
 * @param isolation the ISOLATION LEVEL written, or null
 * @param readOnly  TRUE for READ ONLY, FALSE for READ WRITE, null when not written
 */
public record Begin(IsolationLevel isolation, Boolean readOnly) implements TransactionPlan {

    public <R> R accept(Visitor<R> v) {
        return v.visit(this);
    }
}
