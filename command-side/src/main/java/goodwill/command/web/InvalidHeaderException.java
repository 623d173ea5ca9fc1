package goodwill.command.web;

/** A request header whose value cannot be used as it is; answered 400, naming the header. */
class InvalidHeaderException extends RuntimeException {

    private final String header;

    InvalidHeaderException(String header, String message) {
        super(message, null, false, false);
        this.header = header;
    }

    String header() {
        return header;
    }
}
