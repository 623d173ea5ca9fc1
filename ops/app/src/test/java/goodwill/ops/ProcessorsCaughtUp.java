package goodwill.ops;

import com.fasterxml.jackson.databind.JsonNode;

/** Read from {@code GET /api/admin/processors}: whether every tracking processor runs with nothing left to handle. */
public final class ProcessorsCaughtUp {

    private ProcessorsCaughtUp() {
    }

    public static boolean caughtUp(JsonNode processors) {
        for (JsonNode processor : processors) {
            if (processor.path("tracking").asBoolean()
                    && (!processor.path("status").asText().equals("RUNNING") || processor.path("behind").asLong(-1) != 0)) {
                return false;
            }
        }
        return true;
    }
}
