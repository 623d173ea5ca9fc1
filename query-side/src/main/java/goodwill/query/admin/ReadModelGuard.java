package goodwill.query.admin;

import goodwill.query.ReadModel;
import goodwill.query.ReadModelDegraded;
import goodwill.query.ReadModelRebuilding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Holds back a request to a {@link ReadModel} endpoint that one of its read models cannot answer truthfully, before
 * the controller runs: while the read model is rebuilt ({@link ReadModelRebuilding}, {@code 503 rebuilding} with the
 * progress), and when it set aside an event of the ledger in the path ({@link ReadModelDegraded}, {@code 503
 * read-model-degraded} naming the event). Endpoints without {@link ReadModel} pass untouched.
 */
class ReadModelGuard implements HandlerInterceptor {

    private final Processors processors;
    private final SetAsideEvents setAside;

    ReadModelGuard(Processors processors, SetAsideEvents setAside) {
        this.processors = processors;
        this.setAside = setAside;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadModel readModel = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadModel.class);
            if (readModel == null) {
                readModel = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadModel.class);
            }
            if (readModel != null) {
                String ledgerId = ledgerIn(request);
                for (String processingGroup : readModel.value()) {
                    processors.rebuilding(processingGroup).ifPresent(progress -> {
                        throw new ReadModelRebuilding(processingGroup, progress.progressPercent(),
                                                      Processors.RETRY_AFTER_SECONDS);
                    });
                    if (ledgerId != null) {
                        setAside.degraded(processingGroup, ledgerId).ifPresent(degraded -> {
                            throw degraded;
                        });
                    }
                }
            }
        }
        return true;
    }

    private static String ledgerIn(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("ledgerId") instanceof String ledgerId ? ledgerId : null;
    }
}
