package org.credstack.platform.axon;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;

/**
 * Bridges Axon's unit-of-work transactions to Quarkus's JTA transaction manager (Narayana), so that event appends,
 * token updates and projection writes through Agroal share one database transaction. A unit of work that starts
 * inside a running transaction joins it: only the outermost owner commits.
 */
public final class JtaTransactionManager implements TransactionManager {

    private final jakarta.transaction.TransactionManager jta;

    public JtaTransactionManager(jakarta.transaction.TransactionManager jta) {
        this.jta = jta;
    }

    @Override
    public Transaction startTransaction() {
        try {
            if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                return new Joined();
            }
            jta.begin();
            return new Owned();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a JTA transaction", e);
        }
    }

    private final class Owned implements Transaction {
        @Override
        public void commit() {
            try {
                if (jta.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                    jta.rollback();
                    throw new IllegalStateException("Transaction was marked rollback-only");
                }
                jta.commit();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("Commit failed", e);
            }
        }

        @Override
        public void rollback() {
            try {
                if (jta.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    jta.rollback();
                }
            } catch (SystemException e) {
                throw new IllegalStateException("Rollback failed", e);
            }
        }
    }

    private final class Joined implements Transaction {
        @Override
        public void commit() {
            // the outer owner commits
        }

        @Override
        public void rollback() {
            try {
                jta.setRollbackOnly();
            } catch (SystemException | IllegalStateException e) {
                throw new IllegalStateException("Could not mark the joined transaction rollback-only", e);
            }
        }
    }
}
