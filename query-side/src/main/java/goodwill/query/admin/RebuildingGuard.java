package goodwill.query.admin;

import goodwill.query.ReadModel;
import goodwill.query.ReadModelRebuilding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Holds back a request to a {@link ReadModel} endpoint while one of its read models is rebuilt, by raising
 * {@link ReadModelRebuilding} before the controller runs (answered {@code 503 rebuilding} with the progress).
 * Endpoints without {@link ReadModel} pass untouched.
 */
class RebuildingGuard implements HandlerInterceptor {

    private final Processors processors;

    RebuildingGuard(Processors processors) {
        this.processors = processors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            ReadModel readModel = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadModel.class);
            if (readModel == null) {
                readModel = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadModel.class);
            }
            if (readModel != null) {
                for (String processingGroup : readModel.value()) {
                    processors.rebuilding(processingGroup).ifPresent(progress -> {
                        throw new ReadModelRebuilding(processingGroup, progress.progressPercent(),
                                                      Processors.RETRY_AFTER_SECONDS);
                    });
                }
            }
        }
        return true;
    }
}
