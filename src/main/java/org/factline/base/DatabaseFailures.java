package org.factline.base;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells "the database can't be reached" (server stopped, network gone, pool exhausted) from every
 * other failure, whatever layer wrapped it: Spring's transaction and data access exceptions,
 * Hibernate's JDBCConnectionException, Hikari's timeout, or a driver's SQL state class 08.
 */
public final class DatabaseFailures {

    /** What a person sees when their action failed because of it. */
    public static final String MESSAGE =
            "Can't reach the database \u2014 retrying\u2026 Nothing you typed is lost: try again in a moment.";

    private DatabaseFailures() {}

    public static boolean unreachable(@Nullable Throwable failure) {
        return cause(failure) != null;
    }

    /** The innermost cause that says the database is unreachable, for the log line; null if none does. */
    public static @Nullable Throwable cause(@Nullable Throwable failure) {
        Throwable found = null;
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            // A connection that broke mid-transaction fails the rollback too, and the rollback's
            // exception is thrown with the first one inside.
            if (c instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && rollback.getApplicationException() != failure) {
                Throwable first = cause(rollback.getApplicationException());
                if (first != null) {
                    return first;
                }
            }
            if (c instanceof CannotCreateTransactionException
                    || c instanceof DataAccessResourceFailureException
                    || c instanceof org.hibernate.exception.JDBCConnectionException
                    || c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException
                    || (c instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))
                    // Hikari's stand-in for a connection it found broken (no SQL state): what a
                    // rollback on it throws, with the query's own failure lost in the log.
                    || (c instanceof SQLException closed && "Connection is closed".equals(closed.getMessage()))) {
                found = c;
            }
        }
        return found;
    }
}
