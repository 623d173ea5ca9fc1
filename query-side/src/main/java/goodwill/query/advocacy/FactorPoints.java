package goodwill.query.advocacy;

/** One row of a score's breakdown: how many facts of the factor counted, and the decayed points they added. */
public record FactorPoints(Factor factor, int count, double points) {

    FactorPoints rounded() {
        return new FactorPoints(factor, count, AdvocacyFormula.rounded(points));
    }
}
