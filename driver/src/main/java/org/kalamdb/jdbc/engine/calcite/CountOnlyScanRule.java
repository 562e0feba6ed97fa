package org.kalamdb.jdbc.engine.calcite;

import java.util.List;

import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.tools.RelBuilder;
import org.kalamdb.jdbc.engine.ColumnDefinition;

/**
 * An aggregate that reads no column of its table ({@code SELECT count(*) FROM t}) would make
 * Calcite scan every column. This rule puts a projection of the key column between them, which
 * Calcite then pushes into the scan, so only that column crosses the wire.
 */
public final class CountOnlyScanRule extends RelOptRule {

    public static final CountOnlyScanRule INSTANCE = new CountOnlyScanRule();

    @SuppressWarnings("deprecation") // the operand builders of RelRule need generated config classes
    private CountOnlyScanRule() {
        super(operand(LogicalAggregate.class, operand(LogicalTableScan.class, none())), "KalamCountOnlyScanRule");
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
        Aggregate aggregate = call.rel(0);
        TableScan scan = call.rel(1);
        if (!aggregate.getGroupSet().isEmpty() || scan.getTable().unwrap(KalamTable.class) == null) {
            return false;
        }
        for (AggregateCall c : aggregate.getAggCallList()) {
            if (!c.getArgList().isEmpty() || c.filterArg >= 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        Aggregate aggregate = call.rel(0);
        TableScan scan = call.rel(1);
        KalamTable table = scan.getTable().unwrap(KalamTable.class);
        List<ColumnDefinition> columns = table.definition().columns();
        int key = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).primaryKey()) {
                key = i;
                break;
            }
        }
        RelBuilder b = call.builder();
        RelNode keyOnly = b.push(scan).project(b.field(key)).build();
        // Aggregate.copy, not RelBuilder.aggregate: the builder would prune the unused column again.
        call.transformTo(aggregate.copy(aggregate.getTraitSet(), List.of(keyOnly)));
    }
}
