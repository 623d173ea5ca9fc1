package goodwill.query.introductions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One of my introductions as one CSV row: the introduction's columns, then what passed afterwards. Public only
 * because the CSV module reads public records alone.
 */
public record MyIntroductionRow(@JsonUnwrapped IntroductionRow introduction, @JsonUnwrapped Afterwards afterwards) {

    static MyIntroductionRow of(MyIntroductionView view) {
        return new MyIntroductionRow(IntroductionRow.of(view.introduction()), view.afterwards());
    }
}
