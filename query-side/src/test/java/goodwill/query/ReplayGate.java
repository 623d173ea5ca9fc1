package goodwill.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Holds every replayed event of one processor while closed on it, so that "while it rebuilds" is a state a test can
 * look at; live events, and every event of the other processors, pass. Open unless a test closes it.
 */
public final class ReplayGate implements ConfigurerModule {

    private volatile String held;
    private volatile CountDownLatch open = new CountDownLatch(0);
    private volatile CountDownLatch reached = new CountDownLatch(1);

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing()
                  .registerDefaultHandlerInterceptor((configuration, processor) -> new Gate(processor));
    }

    /** Holds the processor's replayed events from now until {@link #open}. */
    public void close(String processor) {
        open = new CountDownLatch(1);
        reached = new CountDownLatch(1);
        held = processor;
    }

    public void open() {
        held = null;
        open.countDown();
    }

    public void awaitHeld() throws InterruptedException {
        assertThat(reached.await(30, TimeUnit.SECONDS)).as("the replay reached the gate").isTrue();
    }

    private final class Gate implements MessageHandlerInterceptor<EventMessage<?>> {

        private final String processor;

        Gate(String processor) {
            this.processor = processor;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            if (processor.equals(held) && ReplayToken.isReplay(unitOfWork.getMessage())) {
                reached.countDown();
                open.await();
            }
            return chain.proceed();
        }
    }
}
