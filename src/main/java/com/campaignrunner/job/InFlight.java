package com.campaignrunner.job;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits ledger changes on their own, outside any chunk transaction: the in-flight state must be durable
 * before a call that costs credits leaves the process, whatever happens to the chunk afterwards.
 */
@Component
public class InFlight {

    private final TransactionTemplate ownTransaction;

    public InFlight(PlatformTransactionManager transactionManager) {
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T commit(Supplier<T> change) {
        return ownTransaction.execute(status -> change.get());
    }
}
