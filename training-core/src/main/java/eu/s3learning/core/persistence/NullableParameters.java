package eu.s3learning.core.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binding values that may be absent to a prepared statement's placeholders, as SQL NULL. */
public final class NullableParameters {

    private NullableParameters() {
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
