package goodwill.access;

/** What a personal access token may do: a READ token never records, corrects or changes anything. */
public enum TokenScope {
    READ,
    WRITE
}
