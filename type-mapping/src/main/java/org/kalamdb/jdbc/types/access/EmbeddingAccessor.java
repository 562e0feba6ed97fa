package org.kalamdb.jdbc.types.access;

import org.kalamdb.jdbc.types.TextFormats;
import org.kalamdb.jdbc.types.arrow.ColumnVector;
import org.kalamdb.jdbc.types.arrow.Field;

/**
 * EMBEDDING(n) (FixedSizeList of Float32): getObject is a float[]; text is the JSON array
 * {@code [0.1,0.2]}, each element in its shortest exact form. Null elements read as 0.0, as
 * KalamDB stores them.
 */
final class EmbeddingAccessor extends AbstractAccessor {

    EmbeddingAccessor(Field field) {
        super(field);
    }

    @Override
    float[] floatArray(ColumnVector v, int row) {
        ColumnVector elements = v.child();
        int start = v.listStart(row);
        float[] out = new float[v.listLength(row)];
        for (int i = 0; i < out.length; i++) {
            out[i] = elements.isNull(start + i) ? 0f : (float) elements.getDouble(start + i);
        }
        return out;
    }

    @Override
    String string(ColumnVector v, int row) {
        return TextFormats.floatArray(floatArray(v, row));
    }

    @Override
    Object object(ColumnVector v, int row) {
        return floatArray(v, row);
    }
}
