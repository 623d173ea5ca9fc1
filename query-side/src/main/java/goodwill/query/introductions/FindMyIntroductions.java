package goodwill.query.introductions;

/** The introductions me made and what passed afterwards; answered with a {@link MyIntroductionsView}. */
public record FindMyIntroductions(String ledgerId) {
}
