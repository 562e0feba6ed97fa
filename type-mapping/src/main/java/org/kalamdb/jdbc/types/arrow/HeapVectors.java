package org.kalamdb.jdbc.types.arrow;

/** Brings any {@link ColumnVector} into the codec's own representation, copying only when needed. */
final class HeapVectors {

    private HeapVectors() {
    }

    /** The vector itself when it is ours, else a copy; its type must be {@code field}'s. */
    static HeapVector of(ColumnVector vector, Field field) {
        if (!vector.field().type().equals(field.type())) {
            throw new IllegalArgumentException("column '" + field.name() + "' is " + field.type()
                    + " in the schema but its vector is " + vector.field().type());
        }
        if (vector instanceof HeapVector heap) {
            return heap;
        }
        ColumnBuilder builder = ColumnBuilder.forField(field);
        for (int row = 0; row < vector.size(); row++) {
            builder.copy(vector, row);
        }
        return builder.build();
    }
}
