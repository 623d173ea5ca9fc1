package goodwill.query;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes a batch's {@link BatchedDocuments} once its last event has been handled, while the unit of work is
 * still running: a tracking processor stores its token when the unit of work commits, so the read model
 * is written before the token that says it was, never after. If a handler fails, nothing is written and
 * the batch is handled again.
 */
class FlushAtEndOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            BatchedDocuments.flushAll(unitOfWork);
        }
        return result;
    }
}
