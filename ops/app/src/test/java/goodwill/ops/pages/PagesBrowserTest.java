package goodwill.ops.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import goodwill.access.Accounts;
import goodwill.access.TestCallers;
import goodwill.events.FavorKind;
import goodwill.events.MeetingKind;
import goodwill.ops.AppTest;
import goodwill.ops.ProcessorsCaughtUp;
import goodwill.ops.demo.DemoLoader;
import goodwill.ops.demo.SampleNetwork;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The pages in a real browser, on the demo ledger of the single-node app on a loopback port: what a reader does
 * and sees, with a screenshot of each page in {@code target/screenshots}. The reader signs in through the sign-in
 * page as the first administrator (the demo ledger's owner), with the password the app wrote to its data directory;
 * no page may break the Content-Security-Policy or throw. The Spring context (and so the loaded network) is the one
 * {@code DemoLoaderTest} and {@code LiveEqualsReplayTest} share; the sign-in tests come first, signing out and the
 * replay last.
 */
@AppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PagesBrowserTest {

    private static final SampleNetwork NETWORK = new SampleNetwork(11L, SampleNetwork.MIN_CONTACTS);
    private static final String ADMINISTRATOR = Accounts.FIRST_ADMINISTRATOR;
    private static Browser browser;
    /** Whether the browser holds a session of the administrator: most tests need one, a few end it. */
    private static boolean signedIn;

    @Autowired
    DemoLoader loader;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

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
        readModelsCaughtUp();
    }

    private void readModelsCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
               .until(() -> http.getForObject("/api/admin/processors", JsonNode.class), ProcessorsCaughtUp::caughtUp);
    }

    /** Signs in through the sign-in page once, for every test that does not end the session itself. */
    @BeforeEach
    void signedInAsTheAdministrator() {
        if (!signedIn) {
            open("/login.html");
            signIn(ADMINISTRATOR, administratorPassword());
            browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login.html"));
            signedIn = true;
        }
    }

    @AfterEach
    void noPageBrokeTheContentSecurityPolicyOrThrew() {
        assertThat(browser.pageErrors()).isEmpty();
    }

    /** The first administrator's password, as the app wrote it to its data directory on the first start. */
    private String administratorPassword() {
        Path file = Path.of(environment.getRequiredProperty("goodwill.mongodb.data-directory"), "initial-admin-password");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new AssertionError("No first password of the administrator in " + file, e);
        }
    }

    private void signIn(String username, String password) {
        WebElement name = waitFor(By.id("username"));
        name.clear();
        name.sendKeys(username);
        WebElement secret = browser.driver.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        browser.driver.findElement(By.cssSelector("#sign-in button[type='submit']")).click();
    }

    /** A browser that remembers no session: the cookies of the app's site are gone. */
    private void anonymous() {
        open("/login.html");
        browser.driver.manage().deleteAllCookies();
        signedIn = false;
    }

    private String path() {
        String url = browser.driver.getCurrentUrl();
        return url.substring(("http://127.0.0.1:" + port).length());
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
    void anAnonymousVisitToAPageLandsOnTheSignInPageAndAfterSigningInOnThePageItAskedFor() {
        anonymous();
        String wanted = "/advocates.html?ledger=demo&tier=ADVOCATE";

        open(wanted);

        browser.waiting().until(urlContains("/login.html"));
        assertThat(path()).isEqualTo("/login.html?next=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("initial-admin-password");
        browser.screenshot("login");
        signIn(ADMINISTRATOR, administratorPassword());
        browser.waiting().until(driver -> path().equals(wanted));
        signedIn = true;
        waitFor(By.cssSelector("#advocates details.breakdown"));
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(ADMINISTRATOR);
    }

    @Test
    @Order(2)
    void aWrongPasswordIsSaidInWordsOnTheSignInPage() {
        anonymous();
        open("/login.html?next=%2Fcontacts.html%3Fledger%3Ddemo");

        signIn(ADMINISTRATOR, "not-the-password");

        WebElement alert = waitFor(By.cssSelector("#problem [role='alert']"));
        assertThat(alert.getText()).contains("The username or the password is wrong.");
        assertThat(path()).startsWith("/login.html");
        browser.screenshot("login-refused");
    }

    @Test
    @Order(3)
    void theLedgerPickerListsTheDemoLedgerWithTheAdministratorAsItsOwner() {
        open("/");

        WebElement demo = waitFor(By.cssSelector("#ledgers tbody tr[data-ledger='demo']"));

        assertThat(demo.getText()).contains("demo").contains("OWNER");
        assertThat(demo.findElement(By.linkText("demo")).getAttribute("href")).endsWith("/timeline.html?ledger=demo");
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Open a ledger");
        assertThat(waitFor(By.id("signed-in-user")).getText()).isEqualTo(ADMINISTRATOR);
        browser.screenshot("index");
    }

    /**
     * Every page comes in the one frame they share: its own title and script, the brand linking home but on the
     * index, the account's pages on the index and the tokens page only. A page no one has is a 404.
     */
    @Test
    @Order(4)
    void everyPageIsServedInTheFrameTheyShareWithItsOwnTitleAndScript() {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("index", "Goodwill");
        titles.put("tokens", "Access tokens");
        titles.put("timeline", "Timeline");
        titles.put("contacts", "Contacts");
        titles.put("follow-ups", "Follow-ups");
        titles.put("advocates", "Advocates");
        titles.put("reciprocity", "Reciprocity");
        titles.put("retrospective", "Retrospective");
        titles.put("members", "Members");
        titles.put("admin", "Replay");
        titles.forEach((page, title) -> {
            open("/" + page + ".html?ledger=demo");
            waitFor(By.id("signed-in-user"));

            assertThat(browser.driver.getTitle()).as(page).startsWith(title);
            assertThat(browser.driver.findElement(By.cssSelector("script[type='module']")).getAttribute("src"))
                    .as(page).endsWith("/js/" + page + ".js");
            boolean account = page.equals("index") || page.equals("tokens");
            assertThat(browser.driver.findElements(By.cssSelector("header .brand a[href='/']")))
                    .as(page).hasSize(page.equals("index") ? 0 : 1);
            By accountsCurrentPage = By.cssSelector("header nav[aria-label='Pages'] a[aria-current='page']");
            assertThat(browser.driver.findElements(accountsCurrentPage)).as(page).hasSize(account ? 1 : 0);
        });

        Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "fetch('/nothing.html').then(answer => arguments[0](answer.status))");
        assertThat(status).isEqualTo(404L);
    }

    @Test
    @Order(10)
    void theRootUrlOpensTheDemoLedgersTimelineInPlainWords() {
        open("/");
        waitFor(By.linkText("Open the demo ledger")).click();

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
    @Order(11)
    void filteredByAContactTheTimelineShowsARetractedFavorStruckThroughAndLinkedToItsRetraction() {
        String contactId = contactWithARetractedFavor();
        open("/timeline.html?ledger=demo");
        Select contact = new Select(waitFor(By.id("contact")));
        browser.waiting().until(driver -> contact.getOptions().size() > 1);

        contact.selectByValue(contactId);
        Select type = new Select(browser.driver.findElement(By.id("type")));
        browser.waiting().until(driver -> type.getOptions().size() > 1); // the types come with the journal's answer
        assertThat(type.getOptions()).extracting(option -> option.getAttribute("value")).contains("MemberAdded");
        type.selectByValue("FavorRecorded");
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
    @Order(12)
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
    @Order(13)
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
    @Order(14)
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
    @Order(15)
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
    @Order(16)
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
    @Order(20)
    void theDemoLedgersOwnerAddsAMemberAsViewerChangesTheirRoleAndRemovesThemAndTheTimelineSaysSo() {
        String member = "pages-member";
        TestCallers.newUser(context, member);
        open("/members.html?ledger=demo");
        waitFor(By.cssSelector("#members tbody tr[data-member='" + ADMINISTRATOR + "'][data-role='OWNER']"));
        WebElement username = waitFor(By.id("new-username"));

        username.sendKeys("nobody-has-this-name");
        browser.driver.findElement(By.cssSelector("#add button[type='submit']")).click();
        assertThat(waitFor(By.cssSelector("#refusal [role='alert']")).getText()).startsWith("Refused: ");
        username.clear();
        username.sendKeys(member);
        new Select(browser.driver.findElement(By.id("new-role"))).selectByValue("VIEWER");
        browser.driver.findElement(By.cssSelector("#add button[type='submit']")).click();
        By row = By.cssSelector("#members tbody tr[data-member='" + member + "']");
        WebElement added = waitFor(row);
        awaitStatus(member + " was given VIEWER access");
        assertThat(added.getAttribute("data-role")).isEqualTo("VIEWER");
        assertThat(added.getText()).contains(ADMINISTRATOR);
        assertThat(browser.driver.findElements(By.cssSelector("#refusal [role='alert']"))).isEmpty();
        browser.screenshot("members");

        new Select(added.findElement(By.tagName("select"))).selectByValue("EDITOR");
        added.findElement(By.cssSelector("button[type='submit']")).click();
        awaitStatus(member + " now has EDITOR access");
        assertThat(waitFor(row).getAttribute("data-role")).isEqualTo("EDITOR");

        waitFor(By.cssSelector("button[data-remove='" + member + "']")).click();
        awaitStatus(member + " no longer has access");
        assertThat(browser.driver.findElements(row)).isEmpty();
        assertThat(http.getForObject("/api/ledgers/demo/members", JsonNode.class).findValuesAsText("username"))
                .containsExactly(ADMINISTRATOR);

        readModelsCaughtUp();
        open("/timeline.html?ledger=demo&basis=recorded");
        waitFor(By.cssSelector("#entries li.entry[data-type='MemberRemoved']"));
        assertThat(entries().subList(0, 3)).extracting(entry -> entry.findElement(By.cssSelector(".sentence")).getText())
                .containsExactly(ADMINISTRATOR + " took " + member + "'s access to this ledger away.",
                                 ADMINISTRATOR + " changed " + member + "'s access to EDITOR.",
                                 ADMINISTRATOR + " gave " + member + " VIEWER access to this ledger.");
    }

    @Test
    @Order(21)
    void aNewTokenIsShownOnceThenListedAndOnceRevokedAuthenticatesNothing() {
        open("/tokens.html");
        WebElement name = waitFor(By.id("token-name"));
        name.sendKeys("page test");
        WebElement days = browser.driver.findElement(By.id("token-days"));
        days.clear();
        days.sendKeys("7");
        new Select(browser.driver.findElement(By.id("token-scope"))).selectByValue("READ");

        browser.driver.findElement(By.cssSelector("#create button[type='submit']")).click();

        WebElement shown = waitFor(By.id("new-token"));
        browser.waiting().until(driver -> !shown.getAttribute("value").isEmpty());
        String token = shown.getAttribute("value");
        assertThat(waitFor(By.id("created")).getText()).contains("will not be shown again");
        WebElement listed = waitFor(By.xpath("//table[@id='tokens']//tr[th[normalize-space()='page test']]"));
        String prefix = listed.findElement(By.cssSelector("td.prefix")).getText();
        assertThat(prefix).endsWith("…");
        assertThat(token).startsWith(prefix.substring(0, prefix.length() - 1));
        assertThat(listed.getText()).contains("READ").contains("live");
        assertThat(meWith(token).getStatusCode()).isEqualTo(HttpStatus.OK);
        browser.screenshot("tokens");

        open("/tokens.html");
        String tokenId = waitFor(By.xpath("//table[@id='tokens']//tr[th[normalize-space()='page test']]"))
                .getAttribute("data-token");
        assertThat(browser.driver.findElement(By.id("created")).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(By.tagName("main")).getText()).doesNotContain(token);

        waitFor(By.cssSelector("button[data-revoke='" + tokenId + "']")).click();

        awaitStatus("is revoked");
        WebElement revoked = waitFor(By.cssSelector("#tokens tr[data-token='" + tokenId + "']"));
        assertThat(revoked.getAttribute("data-state")).isEqualTo("revoked");
        assertThat(revoked.findElements(By.tagName("button"))).isEmpty();
        assertThat(meWith(token).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<String> meWith(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /**
     * A ledger opened from the index page, as a new user would: a blank name is refused next to the field with the
     * form as it was, nothing recorded; then the same form, clicked twice, opens one ledger and lands on its timeline.
     */
    @Test
    @Order(30)
    void aLedgerOpenedFromTheIndexPageIsOpenedOnceAndLandsOnItsTimeline() {
        int ledgersBefore = http.getForObject("/api/ledgers", JsonNode.class).size();
        open("/");
        WebElement name = waitFor(By.id("owner-name"));
        name.sendKeys("   ");
        browser.driver.findElement(By.cssSelector("#open-ledger button[type='submit']")).click();

        WebElement error = waitFor(By.id("owner-name-error"));
        assertThat(error.getText()).isEqualTo("must not be blank");
        assertThat(name.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(name.getAttribute("aria-describedby")).contains("owner-name-error");
        assertThat(name.getAttribute("value")).isEqualTo("   ");
        assertThat(browser.driver.findElement(By.cssSelector("#open-ledger [role='alert']")).getText())
                .startsWith("Not recorded");
        assertThat(http.getForObject("/api/ledgers", JsonNode.class).size()).isEqualTo(ledgersBefore);
        browser.screenshot("open-ledger-refused");

        name.clear();
        name.sendKeys("Maya Chen");
        WebElement submit = browser.driver.findElement(By.cssSelector("#open-ledger button[type='submit']"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click(); arguments[0].click();", submit);

        browser.waiting().until(urlContains("/timeline.html?ledger="));
        String ledgerId = path().substring("/timeline.html?ledger=".length());
        waitFor(By.id("signed-in-user"));
        JsonNode ledgers = http.getForObject("/api/ledgers", JsonNode.class);
        assertThat(ledgers.size()).as("one ledger opened by two clicks").isEqualTo(ledgersBefore + 1);
        assertThat(ledgers.findValuesAsText("ledgerId")).contains(ledgerId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.getForObject("/api/ledgers/" + ledgerId + "/contacts", JsonNode.class)
                    .path("contacts").findValuesAsText("displayName")).containsExactly("Maya Chen"));
        browser.screenshot("open-ledger-opened");
    }

    /** An owner adds a contact from the contacts page: a bad email is refused beside it, then the contact is listed. */
    @Test
    @Order(31)
    void anOwnerAddsAContactFromTheContactsPageAndSeesItListed() {
        open("/contacts.html?ledger=demo");
        waitFor(By.cssSelector("#add-contact summary")).click();
        WebElement name = waitFor(By.id("contact-name"));
        name.sendKeys("Zoe Quinn");
        browser.driver.findElement(By.id("contact-email")).sendKeys("not-an-email");
        browser.driver.findElement(By.id("contact-tags")).sendKeys("client, mentor");
        browser.driver.findElement(By.cssSelector("#new-contact button[type='submit']")).click();

        assertThat(waitFor(By.id("contact-email-error")).getText()).contains("email");
        assertThat(name.getAttribute("value")).isEqualTo("Zoe Quinn");
        browser.screenshot("add-contact-refused");

        WebElement email = browser.driver.findElement(By.id("contact-email"));
        email.clear();
        email.sendKeys("zoe@example.org");
        browser.driver.findElement(By.cssSelector("#new-contact button[type='submit']")).click();

        awaitStatus("Recorded: Zoe Quinn was added.");
        WebElement row = waitFor(By.xpath("//table[@id='contacts']//th[normalize-space()='Zoe Quinn']"));
        assertThat(row.isDisplayed()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("#new-contact [aria-invalid]"))).isEmpty();
        JsonNode zoe = null;
        for (JsonNode contact : http.getForObject("/api/ledgers/demo/contacts", JsonNode.class).path("contacts")) {
            if (contact.path("displayName").asText().equals("Zoe Quinn")) {
                zoe = contact;
            }
        }
        assertThat(zoe).isNotNull();
        assertThat(zoe.path("email").asText()).isEqualTo("zoe@example.org");
        assertThat(zoe.path("tags").toString()).isEqualTo("[\"client\",\"mentor\"]");
        browser.screenshot("add-contact-added");
    }

    /**
     * A favor retracted from its own entry on the timeline: without a reason it is refused beside the field; with
     * one, the entry is shown again in place, struck through and linked to its retraction.
     */
    @Test
    @Order(32)
    void aFavorRetractedFromTheTimelineIsShownRetractedInPlace() {
        open("/timeline.html?ledger=demo&type=FavorRecorded");
        WebElement favor = waitFor(By.cssSelector("#entries li.entry[data-type='FavorRecorded']:not(.retracted)"));
        String entryId = favor.getAttribute("id");
        favor.findElement(By.cssSelector("details.correct summary")).click();
        WebElement submit = favor.findElement(By.cssSelector("form button[type='submit']"));
        submit.click();

        String reasonId = "retract-" + entryId.substring("e-".length()) + "-reason";
        assertThat(waitFor(By.id(reasonId + "-error")).getText()).isEqualTo("must not be blank");
        browser.screenshot("retract-refused");

        browser.driver.findElement(By.id(reasonId)).sendKeys("recorded twice by mistake");
        browser.driver.findElement(By.cssSelector("#" + entryId + " form button[type='submit']")).click();

        awaitStatus("Recorded: the retraction is shown on what it retracts.");
        WebElement retracted = waitFor(By.cssSelector("#" + entryId + ".retracted"));
        assertThat(retracted.getText()).containsIgnoringCase("retracted").contains("see the retraction");
        assertThat(retracted.findElements(By.cssSelector("details.correct"))).isEmpty();
        JsonNode retraction = http.getForObject("/api/ledgers/demo/journal?type=FavorRetracted&limit=1", JsonNode.class)
                                  .path("entries").get(0);
        assertThat(retraction.path("summary").path("reason").asText()).isEqualTo("recorded twice by mistake");
        browser.screenshot("retract-retracted");
    }

    /**
     * Quick capture: the "n" key opens it on a page of the ledger, its kinds are the contract's, a name that is no
     * contact is refused beside the field with nothing sent, and two clicks record one favor received.
     */
    @Test
    @Order(35)
    void aFavorReceivedIsRecordedOnceFromQuickCapture() {
        JsonNode directory = http.getForObject("/api/ledgers/demo/contacts", JsonNode.class);
        String me = directory.path("meId").asText();
        JsonNode giver = null;
        for (JsonNode contact : directory.path("contacts")) {
            if (giver == null && !contact.path("me").asBoolean()) {
                giver = contact;
            }
        }
        String giverId = giver.path("contactId").asText();
        String journal = "/api/ledgers/demo/journal?type=FavorRecorded&limit=500&contact=" + giverId;
        int before = http.getForObject(journal, JsonNode.class).path("entries").size();
        open("/contacts.html?ledger=demo");
        waitFor(By.id("quick-capture"));
        browser.driver.findElement(By.tagName("body")).sendKeys("n");

        WebElement person = waitFor(By.id("capture-person"));
        assertThat(new Select(browser.driver.findElement(By.id("capture-kind"))).getOptions())
                .extracting(choice -> choice.getAttribute("value"))
                .containsExactly(Arrays.stream(FavorKind.values()).map(Enum::name).toArray(String[]::new));
        person.sendKeys("Nobody Of That Name");
        WebElement submit = browser.driver.findElement(By.cssSelector("#capture-form button[type='submit']"));
        submit.click();
        assertThat(waitFor(By.id("capture-person-error")).getText())
                .isEqualTo("pick one of your contacts, or add them as a new contact");
        assertThat(waitFor(By.id("capture-person-add")).getText()).isEqualTo("Add “Nobody Of That Name” as a new contact");
        browser.screenshot("quick-capture-refused");

        person.clear();
        person.sendKeys(giver.path("displayName").asText());
        browser.driver.findElement(By.id("capture-note")).sendKeys("Looked over my pitch deck");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click(); arguments[0].click();", submit);

        browser.waiting().until(textToBePresentInElementLocated(By.id("capture-status"), "Recorded: the favor from"));
        browser.waiting().until(textToBePresentInElementLocated(By.id("capture-link"), "See it on the timeline"));
        browser.screenshot("quick-capture-recorded");
        readModelsCaughtUp();
        JsonNode entries = http.getForObject(journal, JsonNode.class).path("entries");
        assertThat(entries.size()).as("one favor recorded by two clicks").isEqualTo(before + 1);
        JsonNode favor = entries.get(0).path("summary");
        assertThat(favor.path("giverId").asText()).isEqualTo(giverId);
        assertThat(favor.path("receiverId").asText()).isEqualTo(me);
        assertThat(favor.path("kind").asText()).isEqualTo("ADVICE");
        assertThat(favor.path("weight").asInt()).isEqualTo(3);
        assertThat(favor.path("asked").asBoolean()).isFalse();
        assertThat(favor.path("note").asText()).isEqualTo("Looked over my pitch deck");

        String link = browser.driver.findElement(By.cssSelector("#capture-link a")).getAttribute("href");
        assertThat(link).endsWith("event=" + entries.get(0).path("eventId").asText());
        browser.driver.findElement(By.id("capture-close")).click();
        assertThat(browser.driver.findElement(By.id("capture")).getAttribute("open")).isNull();
    }

    /** Opens quick capture on the contacts page and picks what happened. */
    private void capture(String what) {
        capture("demo", what);
    }

    private void capture(String ledger, String what) {
        open("/contacts.html?ledger=" + ledger);
        waitFor(By.id("quick-capture")).click();
        waitFor(By.cssSelector("#capture-kinds input[value='" + what + "']")).click();
    }

    private void type(String id, String text) {
        WebElement field = waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void recordCaptured(String said) {
        browser.driver.findElement(By.cssSelector("#capture-form button[type='submit']")).click();
        browser.waiting().until(textToBePresentInElementLocated(By.id("capture-status"), "Recorded: " + said));
        browser.waiting().until(textToBePresentInElementLocated(By.id("capture-link"), "See it on the timeline"));
    }

    /** The journal's newest entry of a type: what the pages just recorded, once the read models have it. */
    private JsonNode newest(String type) {
        return newest("demo", type);
    }

    private JsonNode newest(String ledger, String type) {
        readModelsCaughtUp();
        return http.getForObject("/api/ledgers/" + ledger + "/journal?basis=recorded&limit=1&type=" + type,
                                 JsonNode.class).path("entries").get(0).path("summary");
    }

    /**
     * A favor given in return: the picker offers the relationship's favors not reciprocated yet (the one quick
     * capture just recorded among them), "me" first among the people, and the favor names the one it returns.
     */
    @Test
    @Order(37)
    void aFavorGivenReturnsAnEarlierFavorPickedFromTheRelationshipsOpenFavors() {
        JsonNode received = newest("FavorRecorded");
        String giverId = received.path("giverId").asText();
        String name = null;
        for (JsonNode contact : http.getForObject("/api/ledgers/demo/contacts", JsonNode.class).path("contacts")) {
            name = contact.path("contactId").asText().equals(giverId) ? contact.path("displayName").asText() : name;
        }
        capture("given");
        List<WebElement> people = browser.driver.findElements(By.cssSelector("#capture-people option"));
        assertThat(people.get(0).getAttribute("value")).endsWith("(you)");
        type("capture-person", name);
        browser.driver.findElement(By.id("capture-note")).click();
        String favorId = received.path("favorId").asText();
        By earlier = By.cssSelector("#capture-returns option[value='" + favorId + "']");
        browser.waiting().until(presenceOfElementLocated(earlier));
        Select returns = new Select(browser.driver.findElement(By.id("capture-returns")));
        assertThat(returns.getFirstSelectedOption().getText()).isEqualTo("No earlier favor");
        assertThat(browser.driver.findElement(earlier).getText())
                .startsWith("Advice: Looked over my pitch deck");
        returns.selectByValue(favorId);
        new Select(browser.driver.findElement(By.id("capture-kind"))).selectByValue("RESOURCE");
        browser.screenshot("quick-capture-favor-given");
        recordCaptured("the favor for " + name);

        JsonNode given = newest("FavorRecorded");
        assertThat(given.path("receiverId").asText()).isEqualTo(giverId);
        assertThat(given.path("kind").asText()).isEqualTo("RESOURCE");
        assertThat(given.path("reciprocatesFavorId").asText()).isEqualTo(favorId);
    }

    /**
     * A new person met over coffee, added from the picker without leaving the form; an introduction of them; a
     * commitment to them; and an ask of them, which draws on an empty account and says so.
     */
    @Test
    @Order(38)
    void aMeetingAnIntroductionACommitmentAndAnAskAreCapturedWithANewContactAddedInline() {
        capture("meeting");
        assertThat(new Select(waitFor(By.id("capture-kind"))).getOptions()).extracting(o -> o.getAttribute("value"))
                .containsExactly(Arrays.stream(MeetingKind.values()).map(Enum::name).toArray(String[]::new));
        type("capture-with", "Priya Natarajan");
        waitFor(By.id("capture-with-add")).click();
        browser.waiting().until(textToBePresentInElementLocated(By.id("capture-with-added"),
                                                                "Priya Natarajan was added to your contacts."));
        assertThat(browser.driver.findElement(By.id("capture-with-add")).isDisplayed()).isFalse();
        type("capture-place", "Blue Bottle, Hayes Valley");
        type("capture-duration", "45");
        browser.screenshot("quick-capture-meeting");
        recordCaptured("the coffee with Priya Natarajan");
        JsonNode meeting = newest("MeetingRecorded");
        String priya = meeting.path("attendeeIds").get(1).asText();
        assertThat(meeting.path("attendeeIds").get(0).asText())
                .isEqualTo(http.getForObject("/api/ledgers/demo/contacts", JsonNode.class).path("meId").asText());
        assertThat(meeting.path("place").asText()).isEqualTo("Blue Bottle, Hayes Valley");
        assertThat(meeting.path("durationMinutes").asInt()).isEqualTo(45);

        capture("introduction");
        assertThat(waitFor(By.id("capture-introducer")).getAttribute("value")).endsWith("(you)");
        type("capture-personA", "Priya Natarajan");
        type("capture-personB", "Priya Natarajan");
        browser.driver.findElement(By.cssSelector("#capture-form button[type='submit']")).click();
        assertThat(waitFor(By.id("capture-personB-error")).getText()).contains("named twice");
        browser.screenshot("quick-capture-introduction-refused");
        type("capture-personB", "Zoe Quinn");
        type("capture-purpose", "both hiring data engineers");
        recordCaptured("the introduction of Priya Natarajan to Zoe Quinn");
        JsonNode introduction = newest("IntroductionMade");
        assertThat(introduction.path("personAId").asText()).isEqualTo(priya);
        assertThat(introduction.path("purpose").asText()).isEqualTo("both hiring data engineers");

        capture("commitment");
        type("capture-person", "Priya Natarajan");
        type("capture-what", "send her the hiring rubric");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2030-03-01'",
                                                            browser.driver.findElement(By.id("capture-due")));
        recordCaptured("the commitment (“send her the hiring rubric”)");
        JsonNode commitment = newest("CommitmentMade");
        assertThat(commitment.path("promiseeId").asText()).isEqualTo(priya);
        assertThat(commitment.path("dueOn").asText()).isEqualTo("2030-03-01");

        capture("ask");
        type("capture-person", "Priya Natarajan");
        type("capture-what", "an introduction to her CTO");
        recordCaptured("the ask (“an introduction to her CTO”)");
        WebElement warning = waitFor(By.cssSelector("#capture-status .warning[data-code='empty-account']"));
        assertThat(warning.getText()).contains("had not done anything for them");
        browser.screenshot("quick-capture-ask-warned");
        assertThat(newest("AskMade").path("askedId").asText()).isEqualTo(priya);
    }

    /** The id of the event of this type that made the thing of that id, as the journal has it. */
    private String eventOf(String type, String idField, String id) {
        for (JsonNode entry : http.getForObject("/api/ledgers/demo/journal?limit=500&type=" + type, JsonNode.class)
                                  .path("entries")) {
            if (entry.path("summary").path(idField).asText().equals(id)) {
                return entry.path("eventId").asText();
            }
        }
        throw new AssertionError("No " + type + " made " + id);
    }

    /** The contact of the demo ledger of that name, as the directory lists it (merged and archived ones too). */
    private JsonNode contactNamed(String name) {
        for (JsonNode contact : http.getForObject("/api/ledgers/demo/contacts?includeArchived=true&includeMerged=true",
                                                  JsonNode.class).path("contacts")) {
            if (contact.path("displayName").asText().equals(name)) {
                return contact;
            }
        }
        throw new AssertionError("No contact named " + name);
    }

    private WebElement editorOf(String name) {
        open("/contacts.html?ledger=demo");
        String contactId = contactNamed(name).path("contactId").asText();
        waitFor(By.cssSelector("tr[data-contact='" + contactId + "'] button[aria-label='Change " + name + "']")).click();
        return waitFor(By.id("edit-" + contactId));
    }

    /**
     * A contact's details changed and tagged from the contacts page (only what differs is sent), a duplicate merged
     * into them once the merge is confirmed, and another contact archived.
     */
    @Test
    @Order(39)
    void aContactIsChangedTaggedGivenItsDuplicateAndAnotherArchivedFromTheContactsPage() {
        String zoe = contactNamed("Zoe Quinn").path("contactId").asText();
        WebElement editor = editorOf("Zoe Quinn");
        editor.findElement(By.cssSelector("form[id^='change-'] button[type='submit']")).click();
        assertThat(waitFor(By.id("change-" + zoe + "-displayName-error")).getText()).isEqualTo("nothing was changed");
        type("change-" + zoe + "-organization", "Quinn Analytics");
        type("change-" + zoe + "-tags", "client, mentor, investor");
        editor.findElement(By.cssSelector("form[id^='change-'] button[type='submit']")).click();
        awaitStatus("Recorded: Zoe Quinn's details were changed.");
        JsonNode changed = contactNamed("Zoe Quinn");
        assertThat(changed.path("organization").asText()).isEqualTo("Quinn Analytics");
        assertThat(changed.path("tags").toString()).isEqualTo("[\"client\",\"mentor\",\"investor\"]");
        assertThat(changed.path("email").asText()).isEqualTo("zoe@example.org");
        JsonNode change = newest("ContactDetailsChanged");
        assertThat(change.path("email").isNull() || change.path("email").isMissingNode())
                .as("only what changed is recorded: " + change).isTrue();
        assertThat(waitFor(By.xpath("//table[@id='contacts']//td[normalize-space()='Quinn Analytics']")).isDisplayed())
                .isTrue();

        Map<String, String> duplicate = Map.of("displayName", "Zoe Q.", "email", "zq@example.org");
        String duplicateId = http.postForObject("/api/ledgers/demo/contacts", duplicate, JsonNode.class)
                                 .path("contactId").asText();
        readModelsCaughtUp();
        editor = editorOf("Zoe Quinn");
        type("merge-" + zoe + "-duplicate", "Zoe Q.");
        assertThat(browser.driver.findElement(By.id("merge-" + zoe + "-what")).getText())
                .startsWith("Zoe Q. will be merged into Zoe Quinn").contains("cannot be taken back");
        editor.findElement(By.cssSelector("form[id^='merge-'] button[type='submit']")).click();
        assertThat(waitFor(By.id("merge-" + zoe + "-sure-error")).getText()).isEqualTo("tick this to say you mean it");
        browser.screenshot("contact-merge");
        browser.driver.findElement(By.id("merge-" + zoe + "-sure")).click();
        editor.findElement(By.cssSelector("form[id^='merge-'] button[type='submit']")).click();
        awaitStatus("Recorded: Zoe Q. was merged into Zoe Quinn.");
        assertThat(contactNamed("Zoe Q.").path("mergedInto").asText()).isEqualTo(zoe);
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-contact='" + duplicateId + "']"))).isEmpty();

        String priya = contactNamed("Priya Natarajan").path("contactId").asText();
        editor = editorOf("Priya Natarajan");
        type("archive-" + priya + "-reason", "moved abroad");
        editor.findElement(By.cssSelector("form[id^='archive-'] button[type='submit']")).click();
        awaitStatus("Recorded: Priya Natarajan was archived.");
        assertThat(contactNamed("Priya Natarajan").path("archived").asBoolean()).isTrue();
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-contact='" + priya + "']"))).isEmpty();
        browser.screenshot("contact-archived");
    }

    /**
     * A favor amended from its entry on the timeline: the form starts from the favor as it stands, lists what will
     * change, and the entry is then shown in place, marked amended, with the change struck through and inserted.
     */
    @Test
    @Order(40)
    void aFavorAmendedFromTheTimelineShowsWhatWillChangeAndThenTheAmendmentInPlace() {
        JsonNode favor = newest("FavorRecorded");
        String eventId = http.getForObject("/api/ledgers/demo/journal?basis=recorded&limit=1&type=FavorRecorded",
                                           JsonNode.class).path("entries").get(0).path("eventId").asText();
        open("/timeline.html?ledger=demo&event=" + eventId);
        WebElement entry = waitFor(By.id("e-" + eventId));
        entry.findElements(By.cssSelector("details.correct summary")).stream()
             .filter(summary -> summary.getText().equals("Amend…")).findFirst().orElseThrow().click();
        String id = "amend-" + eventId;
        browser.waiting().until(attributeToBe(By.id(id + "-kind"), "value", favor.path("kind").asText()));
        assertThat(new Select(browser.driver.findElement(By.id(id + "-weight"))).getFirstSelectedOption()
                                                                               .getAttribute("value"))
                .isEqualTo(favor.path("weight").asText());
        browser.driver.findElement(By.cssSelector("#" + id + " button[type='submit']")).click();
        assertThat(waitFor(By.id(id + "-kind-error")).getText()).isEqualTo("change something first");

        new Select(browser.driver.findElement(By.id(id + "-weight"))).selectByValue("5");
        type(id + "-reason", "it got me the interview");
        assertThat(browser.driver.findElement(By.id(id + "-changes")).getText())
                .isEqualTo("weight: " + favor.path("weight").asText() + " → 5");
        browser.screenshot("amend-favor");
        browser.driver.findElement(By.cssSelector("#" + id + " button[type='submit']")).click();

        awaitStatus("Recorded: the amendment is shown on what it amends.");
        WebElement amended = waitFor(By.cssSelector("#e-" + eventId + " .tag"));
        assertThat(amended.getText()).isEqualToIgnoringCase("amended");
        assertThat(browser.driver.findElement(By.id("e-" + eventId)).getText()).contains("see the amendment");
        JsonNode amendment = newest("FavorAmended");
        assertThat(amendment.path("favorId").asText()).isEqualTo(favor.path("favorId").asText());
        assertThat(amendment.path("weight").asInt()).isEqualTo(5);
        assertThat(amendment.path("kind").isNull() || amendment.path("kind").isMissingNode())
                .as("only what changed is recorded: " + amendment).isTrue();
        browser.screenshot("amend-favor-amended");
    }

    /**
     * The follow-ups page: the commitment captured earlier listed with its due day and broken from its row; the
     * introduction captured earlier given its outcome from its row.
     */
    @Test
    @Order(41)
    void aCommitmentIsBrokenAndAnIntroductionsOutcomeRecordedFromTheFollowUpsPage() {
        String commitmentId = newest("CommitmentMade").path("commitmentId").asText();
        String introductionId = newest("IntroductionMade").path("introductionId").asText();
        open("/follow-ups.html?ledger=demo");
        WebElement row = waitFor(By.cssSelector("tr[data-commitment='" + commitmentId + "']"));
        assertThat(row.getText()).contains("send her the hiring rubric").contains("1 Mar 2030").contains("open");
        row.findElement(By.cssSelector("details.correct summary")).click();
        new Select(waitFor(By.id("resolve-" + commitmentId + "-status"))).selectByValue("BROKEN");
        assertThat(browser.driver.findElement(By.id("resolve-" + commitmentId + "-favor")).isDisplayed()).isFalse();
        row.findElement(By.cssSelector("button[type='submit']")).click();
        awaitStatus("Recorded (broken)");
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-commitment='" + commitmentId + "']"))).isEmpty();
        browser.driver.findElement(By.id("resolved")).click();
        assertThat(waitFor(By.cssSelector("tr[data-commitment='" + commitmentId + "']")).getText()).contains("broken");

        WebElement introduction = waitFor(By.cssSelector("tr[data-introduction='" + introductionId + "']"));
        assertThat(introduction.getText()).contains("none yet");
        introduction.findElement(By.cssSelector("details.correct summary")).click();
        new Select(waitFor(By.id("outcome-" + introductionId + "-outcome"))).selectByValue("MET");
        introduction.findElement(By.cssSelector("button[type='submit']")).click();
        awaitStatus("Recorded (met)");
        browser.waiting().until(textToBePresentInElementLocated(
                By.cssSelector("tr[data-introduction='" + introductionId + "']"), "met"));
        browser.screenshot("follow-ups");
    }

    /** An ask answered from the timeline as helped, naming the favor that helped: the favors offered, theirs to me. */
    @Test
    @Order(42)
    void anAskIsAnsweredFromTheTimelineByTheFavorThatHelped() {
        String me = http.getForObject("/api/ledgers/demo/contacts", JsonNode.class).path("meId").asText();
        String zoe = contactNamed("Zoe Quinn").path("contactId").asText();
        String askId = http.postForObject("/api/ledgers/demo/asks", Map.of("askerId", me, "askedId", zoe,
                "what", "a look at my data model", "occurredAt", "2026-11-01T10:00:00Z"), JsonNode.class)
                           .path("askId").asText();
        Map<String, Object> help = new LinkedHashMap<>(Map.of("giverId", zoe, "receiverId", me, "kind", "ADVICE",
                "weight", 4, "asked", true, "occurredAt", "2026-11-03T10:00:00Z", "note", "reviewed the schema"));
        String favorId = http.postForObject("/api/ledgers/demo/favors", help, JsonNode.class).path("favorId").asText();
        readModelsCaughtUp();
        String eventId = eventOf("AskMade", "askId", askId);
        open("/timeline.html?ledger=demo&event=" + eventId);
        waitFor(By.cssSelector("#e-" + eventId + " details.correct summary")).click();
        new Select(waitFor(By.id("follow-" + eventId + "-outcome"))).selectByValue("HELPED");
        WebElement favor = waitFor(By.cssSelector("#follow-" + eventId + "-favor option[value='" + favorId + "']"));
        assertThat(favor.getText()).startsWith("Advice: reviewed the schema");
        new Select(browser.driver.findElement(By.id("follow-" + eventId + "-favor"))).selectByValue(favorId);
        browser.screenshot("ask-answered");
        browser.driver.findElement(By.cssSelector("#follow-" + eventId + " button[type='submit']")).click();
        awaitStatus("Recorded (helped)");
        JsonNode answer = newest("AskAnswered");
        assertThat(answer.path("askId").asText()).isEqualTo(askId);
        assertThat(answer.path("outcome").asText()).isEqualTo("HELPED");
        assertThat(answer.path("favorId").asText()).isEqualTo(favorId);
    }

    /**
     * On a phone 360 pixels wide, with the keyboard alone: "n" opens quick capture with the person's field focused,
     * Enter records, and neither the page nor the dialog is wider than the screen.
     */
    @Test
    @Order(43)
    void quickCaptureWorksWithTheKeyboardAloneOnAScreen360PixelsWide() {
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        try {
            open("/timeline.html?ledger=demo");
            waitFor(By.id("quick-capture"));
            browser.driver.findElement(By.tagName("body")).sendKeys("n");
            browser.waiting().until(driver -> "capture-person".equals(
                    driver.switchTo().activeElement().getAttribute("id")));
            WebElement person = browser.driver.switchTo().activeElement();
            person.sendKeys("Zoe Quinn");
            person.sendKeys(Keys.ENTER);
            browser.waiting().until(textToBePresentInElementLocated(By.id("capture-status"),
                                                                    "Recorded: the favor from Zoe Quinn"));
            JavascriptExecutor script = (JavascriptExecutor) browser.driver;
            assertThat((Long) script.executeScript("const d = document.getElementById('capture');"
                                                   + "return d.scrollWidth - d.clientWidth;")).isZero();
            assertThat((Long) script.executeScript("return document.documentElement.scrollWidth;"))
                    .isLessThanOrEqualTo(360L);
            assertThat((Long) script.executeScript("return [...document.querySelectorAll('#capture input, "
                                                   + "#capture select')].filter(f => f.labels.length === 0).length;"))
                    .as("every field of quick capture is labelled").isZero();
            browser.screenshot("quick-capture-360px");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    /** Follows up the row of a thing on the follow-ups page: the choice of that value, recorded. */
    private void followUpRow(String ledger, String row, String form, String field, String value) {
        open("/follow-ups.html?ledger=" + ledger);
        waitFor(By.cssSelector("tr[" + row + "] details.correct summary")).click();
        new Select(waitFor(By.id(form + "-" + field))).selectByValue(value);
        browser.driver.findElement(By.cssSelector("#" + form + " button[type='submit']")).click();
        awaitStatus("Recorded (" + value.toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
    }

    /**
     * The issue's whole way, on a ledger of its own and with the pages alone: opened from the index page, two
     * contacts (one added on the contacts page, one from a picker), a favor each way, a meeting, an introduction and
     * its outcome, a commitment kept and one broken, an ask, and a correction; the journal then holds each once.
     */
    @Test
    @Order(44)
    void aNewLedgerGetsItsWholeNetworkFromThePagesAlone() {
        open("/");
        waitFor(By.id("owner-name")).sendKeys("Sam Rivera");
        browser.driver.findElement(By.cssSelector("#open-ledger button[type='submit']")).click();
        browser.waiting().until(urlContains("/timeline.html?ledger="));
        String ledger = path().substring("/timeline.html?ledger=".length());
        assertThat(waitFor(By.cssSelector("#entries li.entry[data-type='LedgerOpened']")).getText())
                .contains("Sam Rivera opened this ledger.");

        open("/contacts.html?ledger=" + ledger);
        waitFor(By.cssSelector("#add-contact summary")).click();
        type("contact-name", "Ana Ortiz");
        browser.driver.findElement(By.cssSelector("#new-contact button[type='submit']")).click();
        awaitStatus("Recorded: Ana Ortiz was added.");

        capture(ledger, "received");
        type("capture-person", "Ana Ortiz");
        recordCaptured("the favor from Ana Ortiz");
        capture(ledger, "given");
        type("capture-person", "Ben Okafor");
        waitFor(By.id("capture-person-add")).click();
        browser.waiting().until(textToBePresentInElementLocated(By.id("capture-person-added"), "was added"));
        recordCaptured("the favor for Ben Okafor");
        capture(ledger, "meeting");
        type("capture-with", "Ana Ortiz");
        recordCaptured("the coffee with Ana Ortiz");
        capture(ledger, "introduction");
        type("capture-personA", "Ana Ortiz");
        type("capture-personB", "Ben Okafor");
        recordCaptured("the introduction of Ana Ortiz to Ben Okafor");
        capture(ledger, "commitment");
        type("capture-person", "Ana Ortiz");
        type("capture-what", "send the deck");
        recordCaptured("the commitment");
        String kept = newest(ledger, "CommitmentMade").path("commitmentId").asText();
        capture(ledger, "commitment");
        browser.driver.findElement(By.cssSelector("#capture-form input[name='way'][value='toMe']")).click();
        type("capture-person", "Ben Okafor");
        type("capture-what", "review my CV");
        recordCaptured("the commitment");
        String broken = newest(ledger, "CommitmentMade").path("commitmentId").asText();
        capture(ledger, "ask");
        type("capture-person", "Ben Okafor");
        type("capture-what", "an introduction to his manager");
        recordCaptured("the ask");
        assertThat(browser.driver.findElements(By.cssSelector("#capture-status .warning")))
                .as("I did Ben a favor before asking").isEmpty();

        String introduction = newest(ledger, "IntroductionMade").path("introductionId").asText();
        followUpRow(ledger, "data-introduction='" + introduction + "'", "outcome-" + introduction, "outcome", "MET");
        followUpRow(ledger, "data-commitment='" + kept + "'", "resolve-" + kept, "status", "KEPT");
        followUpRow(ledger, "data-commitment='" + broken + "'", "resolve-" + broken, "status", "BROKEN");

        open("/timeline.html?ledger=" + ledger + "&type=FavorRecorded");
        WebElement favor = waitFor(By.cssSelector("#entries li.entry[data-type='FavorRecorded']"));
        String entryId = favor.getAttribute("id");
        favor.findElement(By.cssSelector("details.correct summary")).click();
        type("retract-" + entryId.substring("e-".length()) + "-reason", "it was a meeting, not a favor");
        favor.findElement(By.cssSelector("form button[type='submit']")).click();
        awaitStatus("Recorded: the retraction is shown on what it retracts.");

        readModelsCaughtUp();
        Map<String, Integer> recorded = new LinkedHashMap<>();
        for (JsonNode entry : http.getForObject("/api/ledgers/" + ledger + "/journal?limit=500", JsonNode.class)
                                  .path("entries")) {
            recorded.merge(entry.path("type").asText(), 1, Integer::sum);
        }
        assertThat(recorded).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("LedgerOpened", 1), Map.entry("MemberAdded", 1), Map.entry("ContactAdded", 2),
                Map.entry("FavorRecorded", 2), Map.entry("MeetingRecorded", 1), Map.entry("IntroductionMade", 1),
                Map.entry("IntroductionOutcomeRecorded", 1), Map.entry("CommitmentMade", 2),
                Map.entry("CommitmentKept", 1), Map.entry("CommitmentBroken", 1), Map.entry("AskMade", 1),
                Map.entry("FavorRetracted", 1)));
        browser.screenshot("new-ledger-timeline");
    }

    /** A LinkedIn export previewed, imported, and imported again from the import page: nobody twice. */
    @Test
    @Order(45)
    void aLinkedInExportIsPreviewedAndImportedFromTheImportPageAndImportedAgainAddsNobody() throws IOException {
        String ledger = http.postForObject("/api/ledgers", Map.of("ownerName", "Ines Duarte"), JsonNode.class)
                            .path("ledgerId").asText();
        Path file = Files.createDirectories(Path.of("target", "imports")).resolve("Connections.csv");
        Files.writeString(file, """
                Notes:
                "When exporting your connection data, you may notice that some of the email addresses are missing."

                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Jane,Doe,https://www.linkedin.com/in/jane-doe-page,jane@example.org,Acme Robotics,Engineer,05 Mar 2021
                Ravi,Kumar,https://www.linkedin.com/in/ravi-kumar-page,,"Widgets, Inc.",Head of Sales,17 Nov 2019
                ,,https://www.linkedin.com/in/hidden-page,,,,01 Jan 2020
                """, StandardCharsets.UTF_8);

        open("/import.html?ledger=" + ledger);
        waitFor(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.driver.findElement(By.cssSelector("#import button[name='preview']")).click();
        awaitStatus("Would add 2, change 0, leave 0 as they are; 1 skipped, 0 problems.");
        assertThat(browser.driver.findElement(By.id("report-tables")).getText()).contains("Jane Doe", "Ravi Kumar",
                                                                                          "no name");
        browser.driver.findElement(By.cssSelector("#import button[name='record']")).click();
        awaitStatus("Added 2, change 0, leave 0 as they are; 1 skipped, 0 problems.");
        browser.screenshot("import-report");
        browser.driver.findElement(By.cssSelector("#import button[name='record']")).click();
        awaitStatus("Added 0, change 0, leave 2 as they are; 1 skipped, 0 problems.");

        readModelsCaughtUp();
        assertThat(http.getForObject("/api/ledgers/" + ledger + "/contacts", JsonNode.class).toString())
                .contains("Jane Doe", "Ravi Kumar");
    }

    /** An open commitment resolved from its entry on the timeline: the choices are the contract's, and it is kept. */
    @Test
    @Order(33)
    void anOpenCommitmentIsResolvedFromItsEntryOnTheTimeline() {
        JsonNode open = null;
        for (JsonNode commitment : http.getForObject("/api/ledgers/demo/commitments?status=OPEN", JsonNode.class)
                                       .path("commitments")) {
            open = open == null ? commitment : open;
        }
        String commitmentId = open.path("commitmentId").asText();
        String eventId = eventOf("CommitmentMade", "commitmentId", commitmentId);
        open("/timeline.html?ledger=demo&event=" + eventId);
        waitFor(By.cssSelector("#e-" + eventId + " details.correct summary")).click();
        Select status = new Select(waitFor(By.id("follow-" + eventId + "-status")));
        assertThat(status.getOptions()).extracting(choice -> choice.getAttribute("value"))
                                       .containsExactly("KEPT", "BROKEN", "RELEASED");
        status.selectByValue("KEPT");
        browser.driver.findElement(By.cssSelector("#follow-" + eventId + " button[type='submit']")).click();

        awaitStatus("Recorded (kept)");
        assertThat(browser.driver.findElements(By.cssSelector("#e-" + eventId + " details.correct"))).isEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.getForObject("/api/ledgers/demo/commitments?status=KEPT", JsonNode.class).path("commitments")
                    .findValuesAsText("commitmentId")).contains(commitmentId));
        browser.screenshot("commitment-resolved");
    }

    /** A viewer of the ledger reads its pages and is offered no form to record or correct with. */
    /**
     * The owner forgets a person from the contacts page: a reason naming them is refused next to its field, the
     * forgetting must be confirmed, and then the person and the duplicate merged into them show as forgotten
     * persons, the timeline says what happened, and no page holds anything of what they were.
     */
    @Test
    @Order(46)
    void thePersonTheOwnerForgetsFromTheContactsPageLeavesNothingOfThemOnThePages() {
        String me = http.getForObject("/api/ledgers/demo/contacts", JsonNode.class).path("meId").asText();
        String person = http.postForObject("/api/ledgers/demo/contacts", Map.of("displayName", "Leocadia Brandvold",
                "organization", "Brandvold Maritime", "email", "leocadia@brandvold.example"), JsonNode.class)
                            .path("contactId").asText();
        String duplicate = http.postForObject("/api/ledgers/demo/contacts", Map.of("displayName", "L. Brandvold",
                "email", "lb@brandvold.example"), JsonNode.class).path("contactId").asText();
        http.postForObject("/api/ledgers/demo/contacts/" + duplicate + "/merge", Map.of("intoContactId", person),
                           JsonNode.class);
        http.postForObject("/api/ledgers/demo/favors", Map.of("giverId", person, "receiverId", me, "kind", "ADVICE",
                "weight", 3, "asked", false, "occurredAt", "2026-11-20T10:00:00Z",
                "note", "Leocadia's harbour contacts"), JsonNode.class);
        readModelsCaughtUp();
        JsonNode balanceBefore = http.getForObject("/api/ledgers/demo/reciprocity/" + person, JsonNode.class);

        WebElement editor = editorOf("Leocadia Brandvold");
        assertThat(editor.findElement(By.cssSelector("section[aria-label='Forget'] .hint")).getText())
                .contains("The duplicate merged into them is forgotten too.");
        type("forget-" + person + "-reason", "Leocadia asked by email");
        editor.findElement(By.cssSelector("form[id^='forget-'] button[type='submit']")).click();
        assertThat(waitFor(By.id("forget-" + person + "-sure-error")).getText())
                .isEqualTo("tick this to say you mean it");
        browser.driver.findElement(By.id("forget-" + person + "-sure")).click();
        editor.findElement(By.cssSelector("form[id^='forget-'] button[type='submit']")).click();
        assertThat(waitFor(By.id("forget-" + person + "-reason-error")).getText()).contains("without naming them");
        type("forget-" + person + "-reason", "asked by email on 1 December");
        browser.screenshot("contact-forget");
        editor.findElement(By.cssSelector("form[id^='forget-'] button[type='submit']")).click();
        awaitStatus("Recorded: they are forgotten.");
        readModelsCaughtUp();

        JsonNode listed = http.getForObject("/api/ledgers/demo/contacts?includeMerged=true&includeForgotten=true",
                                            JsonNode.class);
        for (String contactId : List.of(person, duplicate)) {
            JsonNode contact = StreamSupport.stream(listed.path("contacts").spliterator(), false)
                                            .filter(c -> c.path("contactId").asText().equals(contactId))
                                            .findFirst().orElseThrow();
            assertThat(contact.path("forgotten").asBoolean()).as(contact.toString()).isTrue();
            assertThat(contact.path("displayName").asText()).isEqualTo("Forgotten person");
        }
        assertThat(browser.driver.findElements(By.cssSelector("tr[data-contact='" + person + "']"))).isEmpty();
        browser.driver.findElement(By.id("archived")).click();
        assertThat(waitFor(By.cssSelector("tr[data-contact='" + person + "'] th")).getText())
                .isEqualTo("Forgotten person (" + person + ")");
        assertThat(browser.driver.findElements(
                By.cssSelector("tr[data-contact='" + person + "'] button[aria-label^='Change']"))).isEmpty();
        assertThat(http.getForObject("/api/ledgers/demo/reciprocity/" + person, JsonNode.class).path("balance"))
                .isEqualTo(balanceBefore.path("balance"));

        open("/timeline.html?ledger=demo&contact=" + person);
        WebElement forgetting = waitFor(By.cssSelector("#entries li.entry[data-type='ContactForgotten']"));
        assertThat(forgetting.getText()).contains("Forgotten person asked to be forgotten, and was")
                                        .contains("asked by email on 1 December");
        for (String page : List.of("/timeline.html?ledger=demo&contact=" + person,
                                   "/reciprocity.html?ledger=demo&contact=" + person, "/contacts.html?ledger=demo",
                                   "/advocates.html?ledger=demo")) {
            open(page);
            waitFor(By.cssSelector("main"));
            browser.waiting().until(driver -> !driver.findElements(By.cssSelector("main table tbody tr, #entries li"))
                                                     .isEmpty());
            assertThat(browser.driver.getPageSource()).as(page).doesNotContain("Leocadia").doesNotContain("Brandvold")
                                                      .doesNotContain("brandvold.example");
        }
    }

    @Test
    @Order(36)
    void aViewerOfTheLedgerSeesThePagesWithoutTheirForms() {
        Map<String, String> membership = Map.of("username", "pages-viewer", "role", "VIEWER");
        String viewer = membership.get("username");
        TestCallers.newUser(context, viewer);
        assertThat(http.postForEntity("/api/ledgers/demo/members", membership, JsonNode.class).getStatusCode().value())
                .isEqualTo(201);
        waitFor(By.id("sign-out")).click();
        browser.waiting().until(urlContains("/login.html"));
        signedIn = false;
        signIn(viewer, TestCallers.passwordOf(viewer));
        browser.waiting().until(driver -> !driver.getCurrentUrl().contains("/login.html"));

        open("/contacts.html?ledger=demo");
        waitFor(By.cssSelector("#contacts tbody tr[data-contact]"));
        assertThat(browser.driver.findElement(By.id("add-contact")).isDisplayed()).isFalse();
        open("/timeline.html?ledger=demo&type=FavorRecorded");
        waitFor(By.cssSelector("#entries li.entry[data-type='FavorRecorded']"));
        assertThat(browser.driver.findElements(By.cssSelector("#entries details.correct"))).isEmpty();

        waitFor(By.id("sign-out")).click();
        browser.waiting().until(urlContains("/login.html"));
    }

    @Test
    @Order(90)
    void signingOutEndsTheSessionAndAPageThenAsksToSignInAgain() {
        open("/contacts.html?ledger=demo");
        waitFor(By.cssSelector("#contacts tbody tr[data-contact]"));

        waitFor(By.id("sign-out")).click();

        browser.waiting().until(urlContains("/login.html"));
        signedIn = false;
        open("/contacts.html?ledger=demo");
        browser.waiting().until(urlContains("/login.html?next="));
        assertThat(path()).isEqualTo("/login.html?next=" + URLEncoder.encode("/contacts.html?ledger=demo",
                                                                              StandardCharsets.UTF_8));
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
        assertThat(waitFor(By.cssSelector("tr[data-processor='contacts'] td.segments")).getText())
                .as("one node, one segment").isEqualTo("1 of 1 here");
        browser.screenshot("admin");
    }
}
