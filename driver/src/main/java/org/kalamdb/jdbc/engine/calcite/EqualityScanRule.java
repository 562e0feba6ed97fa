package org.kalamdb.jdbc.engine.calcite;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.interpreter.Bindables;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableIntList;

/**
 * Gives a KalamDB table scan the {@code column = literal|?} conjuncts of the filter above it, for
 * the server's {@code eq} pushdown, and leaves the whole filter where it is. It stands in for
 * Calcite's own filter-into-scan rules (the engine removes those): they hand every condition to
 * Calcite's interpreter, which compiles it again on each execution (milliseconds per run of a
 * prepared query) and evaluates some simplified conditions wrongly; a filter left above the scan
 * is compiled once, with the query.
 */
public final class EqualityScanRule extends RelOptRule {

    public static final EqualityScanRule INSTANCE = new EqualityScanRule();

    @SuppressWarnings("deprecation") // the operand builders of RelRule need generated config classes
    private EqualityScanRule() {
        super(operand(LogicalFilter.class, operand(LogicalTableScan.class, none())), "KalamEqualityScanRule");
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
        LogicalTableScan scan = call.rel(1);
        return scan.getTable().unwrap(KalamTable.class) != null;
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalFilter filter = call.rel(0);
        LogicalTableScan scan = call.rel(1);
        KalamTable table = scan.getTable().unwrap(KalamTable.class);
        List<RexNode> equalities = new ArrayList<>();
        for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
            if (EqualityPushdown.isPushable(conjunct, table.definition())) {
                equalities.add(conjunct);
            }
        }
        if (equalities.isEmpty()) {
            return;
        }
        RelNode pushed = Bindables.BindableTableScan.create(scan.getCluster(), scan.getTable(), equalities,
                ImmutableIntList.identity(scan.getRowType().getFieldCount()));
        call.transformTo(filter.copy(filter.getTraitSet(), pushed, filter.getCondition()));
    }
}
