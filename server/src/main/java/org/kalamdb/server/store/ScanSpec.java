package org.kalamdb.server.store;

import java.util.List;

import org.kalamdb.server.catalog.TableDef;

/**
 * A resolved Scan (protocol.md 5): which rows ({@code scope}: the user for user/stream tables, ""
 * for shared ones), which columns (indexes into {@code table.columns()}, in output order), the
 * honoured {@code eq} filters, whether tombstones stay (a filter mentions {@code _deleted}), the
 * limit (null = all; the RPC only passes one on the filtered path), the snapshot
 * ({@link Long#MAX_VALUE} = latest committed) and the transaction's staged writes to overlay.
 */
public record ScanSpec(TableDef table, String scope, int[] projection, List<EqFilter> filters, boolean keepDeleted,
                       Long limit, long snapshot, List<StagedMutation> overlay) {

    public ScanSpec {
        filters = List.copyOf(filters);
        overlay = overlay == null ? List.of() : List.copyOf(overlay);
    }

    /** {@code column = value}; {@code value} is canonical for the column's type (never null). */
    public record EqFilter(int columnIndex, Object value) {
    }
}
