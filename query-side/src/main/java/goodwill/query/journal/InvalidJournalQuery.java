package goodwill.query.journal;

import java.util.List;

/** A journal request with parameters that cannot be read; every bad parameter is named, once. */
class InvalidJournalQuery extends RuntimeException {

    record BadParameter(String parameter, String message) {
    }

    private final List<BadParameter> errors;

    InvalidJournalQuery(List<BadParameter> errors) {
        super("The journal query has invalid parameters: "
                      + errors.stream().map(BadParameter::parameter).distinct().toList() + ".", null, false, false);
        this.errors = List.copyOf(errors);
    }

    List<BadParameter> errors() {
        return errors;
    }
}
