package goodwill.query.advocacy;

import java.util.Arrays;
import java.util.List;

/** Where a contact stands as an advocate of me; {@link AdvocacyFormula} has the exact rules. */
public enum Tier {
    ADVOCATE,
    ALLY,
    ACQUAINTANCE,
    DORMANT;

    static final List<String> ALLOWED = Arrays.stream(values()).map(Enum::name).toList();
}
