package goodwill.query.advocacy;

/** One contact of the ranking as a CSV row: the main factors' decayed points as columns of their own. */
public record AdvocateRow(int rank,
                          String contactId,
                          String name,
                          Tier tier,
                          double score,
                          int formulaVersion,
                          double onMyBehalf,
                          double favorForMe,
                          double introducedMe,
                          double introductionLedSomewhere,
                          double reliability,
                          boolean archived) {

    static AdvocateRow of(AdvocateView advocate, int formulaVersion) {
        return new AdvocateRow(advocate.rank(), advocate.contactId(), advocate.name(), advocate.tier(), advocate.score(),
                               formulaVersion, advocate.pointsOf(Factor.ON_MY_BEHALF),
                               advocate.pointsOf(Factor.FAVOR_FOR_ME), advocate.pointsOf(Factor.INTRODUCED_ME),
                               advocate.pointsOf(Factor.INTRODUCTION_LED_SOMEWHERE),
                               advocate.pointsOf(Factor.RELIABILITY), advocate.archived());
    }
}
