package goodwill.ops.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.ops.GoodwillApp;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import goodwill.storage.IsolatedStorage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * The pages in a real browser, on the demo ledger of the single-node app on a loopback port: what a reader does
 * and sees, with a screenshot of each page in {@code target/screenshots}. The Spring context (and so the loaded
 * network) is the one {@code DemoLoaderTest} and {@code LiveEqualsReplayTest} share; the replay comes last.
 */
@SpringBootTest(classes = GoodwillApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {

    private static final SampleNetwork NETWORK = new SampleNetwork(11L, SampleNetwork.MIN_CONTACTS);
    private static Browser browser;

    @Autowired
    DemoLoader loader;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Loading a loaded network records nothing new; the read models are awaited once they have it all. */
    @BeforeEach
    void demoLedgerLoaded() {
        loader.load(NETWORK);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
               .until(() -> http.getForObject("/api/admin/processors", JsonNode.class), ProcessorsCaughtUp::caughtUp);
    }

    private void open(String path) {
        browser.driver.get("http://127.0.0.1:" + port + path);
    }

    private WebElement waitFor(By locator) {
        return browser.waiting().until(visibilityOfElementLocated(locator));
    }

    private List<WebElement> entries() {
        return browser.driver.findElements(By.cssSelector("#entries li.entry"));
    }

    private void awaitStatus(String text) {
        browser.waiting().until(textToBePresentInElementLocated(By.id("status"), text));
    }

    /** A contact who gave or received a favor that was later retracted: found through the journal's links. */
    private String contactWithARetractedFavor() {
        JsonNode retraction = http.getForObject("/api/ledgers/demo/journal?type=FavorRetracted&limit=1", JsonNode.class)
                                  .path("entries").get(0);
        JsonNode favor = http.getForObject("/api/ledgers/demo/journal/" + retraction.path("correctsEventId").asText(),
                                           JsonNode.class);
        String me = http.getForObject("/api/ledgers/demo/contacts", JsonNode.class).path("meId").asText();
        for (JsonNode party : favor.path("parties")) {
            if (!party.asText().equals(me)) {
                return party.asText();
            }
        }
        throw new AssertionError("The retracted favor names nobody but me: " + favor);
    }

    @Test
    @Order(1)
    void theRootUrlOpensTheDemoLedgersTimelineInPlainWords() {
        open("/");
        browser.screenshot("index");
        browser.driver.findElement(By.linkText("Open the demo ledger")).click();

        waitFor(By.cssSelector("#entries li.entry"));
        awaitStatus("events shown");
        assertThat(entries()).hasSize(50);
        assertThat(browser.driver.findElement(By.cssSelector("#entries")).getText())
                .containsPattern("(did you a favor|did .* a favor|introduced|promised|asked)");
        assertThat(browser.driver.findElement(By.cssSelector("#entries li.entry .meta")).getText())
                .contains("Happened").contains("recorded");

        browser.driver.findElement(By.id("more")).click();
        browser.waiting().until(driver -> entries().size() > 50);
    }

    @Test
    @Order(2)
    void filteredByAContactTheTimelineShowsARetractedFavorStruckThroughAndLinkedToItsRetraction() {
        String contactId = contactWithARetractedFavor();
        open("/timeline.html?ledger=demo");
        Select contact = new Select(waitFor(By.id("contact")));
        browser.waiting().until(driver -> contact.getOptions().size() > 1);

        contact.selectByValue(contactId);
        new Select(browser.driver.findElement(By.id("type"))).selectByValue("FavorRecorded");
        browser.driver.findElement(By.id("to")).sendKeys(Keys.ENTER);

        WebElement retracted = waitFor(By.cssSelector("#entries li.entry.retracted"));
        assertThat(browser.driver.findElement(By.id("title")).getText()).startsWith("Timeline of ");
        assertThat(retracted.findElement(By.cssSelector(".sentence del")).getText()).contains("a favor");
        assertThat(retracted.findElement(By.cssSelector(".tag")).getText()).isEqualToIgnoringCase("Retracted");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", retracted);
        browser.screenshot("timeline");

        retracted.findElement(By.linkText("see the retraction")).click();
        WebElement retraction = waitFor(By.cssSelector("#entries li.entry[data-type='FavorRetracted']"));
        assertThat(retraction.getText()).contains("was retracted").contains("see what it corrects");
    }

    @Test
    @Order(3)
    void asTheLedgerReadOnADayBeforeAnythingWasRecordedTheTimelineIsEmptyAndSaysWhatToDo() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        open("/timeline.html?ledger=demo&asRead=on&asOf=" + yesterday);

        WebElement empty = waitFor(By.cssSelector("#entries li.empty"));

        assertThat(empty.getText()).contains("Nothing had been recorded by the end of " + yesterday);
        assertThat(browser.driver.findElement(By.id("asRead")).isSelected()).isTrue();
        open("/timeline.html?ledger=demo&asRead=on&asOf=" + LocalDate.now(ZoneOffset.UTC));
        waitFor(By.cssSelector("#entries li.entry"));
    }

    @Test
    @Order(4)
    void aContactsOwnTimelineOpensFromTheContactsList() {
        open("/contacts.html?ledger=demo");
        WebElement row = waitFor(By.cssSelector("#contacts tbody tr[data-contact]"));
        String name = row.findElement(By.tagName("th")).getText();
        browser.screenshot("contacts");

        row.findElement(By.linkText("Timeline")).click();

        browser.waiting().until(textToBePresentInElementLocated(By.id("title"), "Timeline of"));
        waitFor(By.cssSelector("#entries li"));
        assertThat(browser.driver.findElement(By.id("title")).getText()).contains(name.replace(" (you)", ""));
    }

    @Test
    @Order(5)
    void anAdvocatesRowOpensIntoItsBreakdownAndTheEventsBehindTheScore() {
        open("/advocates.html?ledger=demo");
        WebElement first = waitFor(By.cssSelector("#advocates details.breakdown"));
        browser.waiting().until(presenceOfElementLocated(By.cssSelector("#ranking-chart")));
        assertThat(browser.driver.findElement(By.cssSelector("#advocates .tier")).getText()).isNotBlank();

        first.findElement(By.tagName("summary")).click();

        WebElement events = browser.waiting().until(visibilityOfElementLocated(
                By.cssSelector("#advocates details[open] ol.events")));
        assertThat(events.findElements(By.tagName("li"))).isNotEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("#advocates details[open] table.factors")).getText())
                .contains("Points");
        browser.screenshot("advocates");
    }

    @Test
    @Order(6)
    void reciprocityShowsBalancesTheDerivedListsAndARelationshipOverTime() {
        open("/reciprocity.html?ledger=demo");
        WebElement firstRow = waitFor(By.cssSelector("#balances tbody tr[data-contact]"));
        assertThat(browser.driver.findElement(By.id("owed-to-me")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.id("dont-invest")).getText()).isNotBlank();

        firstRow.findElement(By.tagName("button")).click();

        browser.waiting().until(textToBePresentInElementLocated(By.id("relationship-summary"), "balance"));
        assertThat(browser.driver.findElement(By.id("relationship-title")).getText()).startsWith("Your relationship with");
        browser.screenshot("reciprocity");
    }

    @Test
    @Order(7)
    void anotherRetrospectiveDayShowsTheRankingAsItStoodThenAndTheCohortTable() {
        open("/retrospective.html?ledger=demo&date=2024-03-31&basis=occurred&until=2026-08-31");
        browser.waiting().until(textToBePresentInElementLocated(By.id("status"), "stood at the end of 2024-03-31"));
        String early = waitFor(By.cssSelector("#ranking tbody")).getText();
        assertThat(waitFor(By.cssSelector("#cohorts tbody tr")).getText()).isNotBlank();
        assertThat(browser.driver.findElement(By.cssSelector("#changes")).getText()).isNotBlank();

        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('date').value = '2026-06-30'");
        browser.driver.findElement(By.cssSelector("#filters button[type='submit']")).click();

        browser.waiting().until(textToBePresentInElementLocated(By.id("status"), "stood at the end of 2026-06-30"));
        String later = waitFor(By.cssSelector("#ranking tbody tr[data-contact]")).findElement(By.xpath("..")).getText();
        assertThat(later).as("the ranking at the end of June 2026, against March 2024").isNotEqualTo(early);
        assertThat(browser.driver.getCurrentUrl()).contains("date=2026-06-30");
        browser.screenshot("retrospective");
    }

    @Test
    @Order(100)
    void aReplayStartedFromTheAdminPageShowsItsProgressBarUntilItIsDone() {
        open("/admin.html?ledger=demo");
        WebElement replay = waitFor(By.cssSelector("button[data-replay='contacts']"));

        replay.click();

        browser.waiting().until(attributeToBe(By.cssSelector("progress[data-processor='contacts']"), "value", "100"));
        browser.waiting().until(textToBePresentInElementLocated(
                By.cssSelector("tr[data-processor='contacts'] .percent"), "done"));
        // The page redraws its rows as it polls: a row found once may be gone by the time it is read.
        browser.waiting().until(textToBePresentInElementLocated(
                By.cssSelector("tr[data-processor='contacts']"), "up to date"));
        browser.screenshot("admin");
    }
}
