package goodwill.query.introductions;

/** One introduction I made, and what passed afterwards between the two and back to me. */
public record MyIntroductionView(IntroductionView introduction, Afterwards afterwards) {
}
