package org.openasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openasm.support.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The end-to-end journey in real headless Chromium: sign in as the demo secretariat, see step
 * 1.1 of the demo jurisdiction in progress, complete it through the pages (with one refused input on
 * the way), see it become ready, switch to French and back, and download the task force output as PDF
 * and DOCX. Runs in the H2 pass only (tag {@code browser}, not {@code database}).
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}; paths can be overridden with
 * {@code -Dopenasm.test.chromium=...} and {@code -Dopenasm.test.chromedriver=...}. Where either is
 * missing the test is skipped, except under {@code CI=true}, where it fails.
 */
@Tag("browser")
@ExtendWith(BrowserJourneyTests.BrowserInstalled.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "openasm.demo=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestDatabase.CleanMigrate.class)
class BrowserJourneyTests {

	static final Path CHROMIUM = Paths.get(System.getProperty("openasm.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Paths.get(System.getProperty("openasm.test.chromedriver", "/usr/bin/chromedriver"));

	static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	WebDriver driver;

	WebDriverWait wait;

	Path profileDir;

	Path downloadDir;

	/** Why the browser test cannot run here, or null where Chromium and chromedriver are installed. */
	static String missingBrowser() {
		List<String> missing = new ArrayList<>();
		if (!Files.isExecutable(CHROMIUM)) {
			missing.add("chromium (" + CHROMIUM + ")");
		}
		if (!Files.isExecutable(CHROMEDRIVER)) {
			missing.add("chromedriver (" + CHROMEDRIVER + ")");
		}
		return missing.isEmpty() ? null : "Browser test needs " + String.join(" and ", missing)
				+ "; install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver) or run .ci/run";
	}

	static boolean ci() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/** Skips the test, with the reason, where the browser is missing; before any context starts. */
	static class BrowserInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String missing = missingBrowser();
			if (missing == null) {
				return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
			}
			// Under CI a missing browser is never a skip: browserInstalled() fails the test instead.
			return ci() ? ConditionEvaluationResult.enabled("CI=true: must fail") : ConditionEvaluationResult.disabled(missing);
		}
	}

	@BeforeAll
	static void browserInstalled() {
		String missing = missingBrowser();
		if (missing != null && ci()) {
			Assertions.fail("CI=true: " + missing);
		}
	}

	@BeforeEach
	void startBrowser() throws IOException {
		// Never let Selenium Manager look for a driver or browser online: both are given explicitly.
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("SE_AVOID_STATS", "true");
		profileDir = Files.createTempDirectory("openasm-chromium-profile");
		downloadDir = Files.createTempDirectory("openasm-downloads");

		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,1000", "--lang=en-GB", "--user-data-dir=" + profileDir);
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", downloadDir.toString());
		prefs.put("download.prompt_for_download", false);
		prefs.put("download.directory_upgrade", true);
		prefs.put("plugins.always_open_pdf_externally", true);
		prefs.put("intl.accept_languages", "en-GB,en");
		options.setExperimentalOption("prefs", prefs);

		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(100));
	}

	@AfterEach
	void quitBrowser() throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			deleteQuietly(profileDir);
			deleteQuietly(downloadDir);
		}
	}

	@Test
	void theSecretariatCompletesStepOneOneThroughThePagesAndDownloadsTheTaskForceOutput() throws Exception {
		try {
			journey();
		}
		catch (Throwable failure) {
			// Leave the page as the browser saw it, for whoever reads the failure.
			Files.writeString(Files.createDirectories(Paths.get("target", "screenshots")).resolve("failure.html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
			screenshot("failure");
			throw failure;
		}
	}

	private void journey() throws Exception {
		// Sign in: the form lands on the list of workspaces.
		open("/login");
		type(By.id("username"), "demo-secretariat");
		type(By.id("password"), "test-demo-password");
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlMatches("/workspaces$"));

		// The demo jurisdiction's dashboard: step 1.1 is in progress, and says what is missing.
		click(By.linkText("Republic of Meridia"));
		WebElement step11 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-1.1")));
		String dashboardUrl = driver.getCurrentUrl();
		assertThat(badge(step11)).isEqualTo("In progress");
		assertThat(step11.getText()).contains("Record who approved the mandate, and when", "No member represents",
				"Give the task force a budget");

		// Through the step page's button to the work of the step.
		click(By.cssSelector("[id='step-1.1'] strong a"));
		wait.until(ExpectedConditions.textToBe(By.id("step-status"), "In progress"));
		click(By.id("open-step"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("missing")));
		String taskForceUrl = driver.getCurrentUrl();
		assertThat(taskForceUrl).endsWith("/taskforce");

		// The mandate: first a date without an authority, which is refused and not saved.
		click(By.id("edit-mandate"));
		WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvalDate")));
		String approved = LocalDate.now().minusDays(30).toString();
		setDate(date, approved);
		driver.findElement(By.id("save")).click();
		WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mandate-form .form-error")));
		assertThat(refusal.getText()).contains("both its date and the approving authority");
		assertThat(driver.findElement(By.id("approvalDate")).getAttribute("value")).isEqualTo(approved);
		open(taskForceUrl);
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mandate"))).getText()).contains("Not yet approved")
			.doesNotContain(approved);
		assertThat(driver.findElement(By.id("missing")).getText()).contains("Record who approved the mandate, and when");

		// ... then with the authority, through the missing item's link.
		click(By.linkText("Record who approved the mandate, and when"));
		setDate(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("approvalDate"))), approved);
		type(By.id("approvingAuthority"), "Council of Ministers");
		driver.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.urlToBe(taskForceUrl));
		assertThat(driver.findElement(By.id("mandate")).getText()).contains("Council of Ministers", approved);

		// A member from the Ministry of Finance.
		click(By.id("add-member"));
		type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fullName"))), "Kwame Asante-Diallo");
		new Select(driver.findElement(By.id("agencyId"))).selectByVisibleText("Ministry of Finance");
		new Select(driver.findElement(By.id("role"))).selectByVisibleText("Member");
		type(By.id("position"), "Director of Budget");
		driver.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.urlToBe(taskForceUrl));
		assertThat(driver.findElement(By.id("members")).getText()).contains("Kwame Asante-Diallo", "Ministry of Finance");

		// The budget: "abc" is refused with a field error and nothing is saved; then a real amount.
		click(By.id("edit-resources"));
		type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("budgetAmount"))), "abc");
		driver.findElement(By.id("save")).click();
		WebElement budgetError = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#resources-form #budgetAmount + .field-error")));
		assertThat(budgetError.getText()).isEqualTo("must be a number");
		assertThat(driver.findElement(By.id("budgetAmount")).getAttribute("class")).contains("invalid");
		open(taskForceUrl);
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("missing"))).getText())
			.contains("Give the task force a budget");
		assertThat(driver.findElement(By.id("resources")).getText()).doesNotContain("abc");

		click(By.id("edit-resources"));
		type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("budgetAmount"))), "250000");
		driver.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.urlToBe(taskForceUrl));
		assertThat(driver.findElement(By.id("resources")).getText()).contains("250,000.00 XOF");
		assertThat(driver.findElement(By.id("step-status")).getText()).isEqualTo("Ready");
		assertThat(driver.findElements(By.id("missing"))).isEmpty();

		// Back on the dashboard, step 1.1 is ready.
		open(dashboardUrl);
		step11 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-1.1")));
		assertThat(badge(step11)).isEqualTo("Ready");
		screenshot("dashboard-step-1.1-ready");

		// In French, and back to English.
		click(By.id("lang-fr"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
		assertThat(badge(driver.findElement(By.id("step-1.1")))).isEqualTo("Prête");
		click(By.id("lang-en"));
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
		assertThat(badge(driver.findElement(By.id("step-1.1")))).isEqualTo("Ready");

		// The outputs page: download the task force as PDF and as DOCX.
		click(By.linkText("Outputs"));
		WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("output-task-force")));
		row.findElement(By.linkText("PDF")).click();
		Path pdf = downloaded(".pdf");
		driver.findElement(By.id("output-task-force")).findElement(By.linkText("DOCX")).click();
		Path docx = downloaded(".docx");
		assertThat(Files.size(pdf)).isGreaterThan(10_000);
		assertThat(Files.size(docx)).isGreaterThan(3_000);
		assertThat(new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		assertThat(new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		keep(pdf);
		keep(docx);

		// Removing the finance member in place (htmx, no page load) brings the step back to in progress.
		open(taskForceUrl);
		WebElement members = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members")));
		((JavascriptExecutor) driver).executeScript("window.samePage = true;");
		members.findElement(By.xpath(".//tr[td[text()='Kwame Asante-Diallo']]//button")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.textToBe(By.id("step-status"), "In progress"));
		assertThat(driver.findElement(By.id("members")).getText()).doesNotContain("Kwame Asante-Diallo");
		assertThat(driver.findElement(By.id("missing")).getText()).contains("No member represents Finance");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.samePage === true;")).isEqualTo(true);
	}

	@Test
	void theSecretariatRunsTheForumAndAStakeholderUserReadsTheResponseToTheirInput() throws Exception {
		try {
			forumJourney();
		}
		catch (Throwable failure) {
			Files.writeString(Files.createDirectories(Paths.get("target", "screenshots")).resolve("forum-failure.html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
			screenshot("forum-failure");
			throw failure;
		}
	}

	private void forumJourney() throws Exception {
		signIn("demo-secretariat");
		click(By.linkText("Republic of Meridia"));
		WebElement step12 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-1.2")));
		assertThat(badge(step12)).isEqualTo("In progress");
		assertThat(step12.getText()).contains("One input raised more than 30 days ago has no response");
		click(By.cssSelector("[id='step-1.2'] strong a"));
		click(By.id("open-step"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quality")));
		String forumUrl = driver.getCurrentUrl();
		assertThat(forumUrl).endsWith("/forum");
		assertThat(driver.findElement(By.id("q-gender")).getText()).contains("the target is 30%");

		// The overdue input, reached from the missing item, gets its answer; the step turns ready.
		click(By.linkText("One input raised more than 30 days ago has no response"));
		click(By.linkText("Royalties for customary landowners"));
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")))).selectByVisibleText("Not accepted");
		type(By.id("reason"), "Royalty sharing is set by the Mining Act; the proposal goes to its revision.");
		driver.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Not accepted"));
		open(forumUrl);
		wait.until(ExpectedConditions.textToBe(By.id("step-status"), "Ready"));

		// A new meeting, its attendance from a CSV list (first refused for one bad row), its minutes published.
		click(By.id("add-meeting"));
		setDate(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("heldOn"))), LocalDate.now().minusDays(1).toString());
		type(By.id("place"), "Damba Community Hall");
		type(By.id("minutes"), "Members reviewed the draft typology of ASM.");
		driver.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendance")));
		Path list = Files.createTempFile(downloadDir, "attendance", ".csv");
		Files.writeString(list, "name,stakeholder,gender\nHalima Tuso,Kirru Miners' Cooperative,woman\nMusa Dangana,Kirru Miners' Cooperative,?\n");
		driver.findElement(By.id("import-file")).sendKeys(list.toString());
		click(By.id("import"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors"))).getText())
			.contains("Row 3, gender: \"?\" is not a gender this list understands");
		assertThat(driver.findElements(By.id("attendees"))).isEmpty();
		Files.writeString(list, "name,stakeholder,gender\nHalima Tuso,Kirru Miners' Cooperative,woman\nMusa Dangana,Kirru Miners' Cooperative,man\n"
				+ "Aminata Sow-Dembe,Meridia Women in Mining Network,woman\n");
		driver.findElement(By.id("import-file")).sendKeys(list.toString());
		click(By.id("import"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attendees"))).getText())
			.contains("Halima Tuso", "Musa Dangana", "Aminata Sow-Dembe");
		assertThat(driver.findElement(By.id("meeting-measures")).getText()).contains("2 (67 %)");
		click(By.id("publish"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("published"))).getText()).contains("Published to members");
		screenshot("forum-meeting");
		signOut();

		// The stakeholder user lands on the portal, reads the new minutes and sends a written input.
		signIn("demo-stakeholder");
		click(By.linkText("Republic of Meridia"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("speaks-for"))).getText())
			.contains("Meridia Women in Mining Network");
		assertThat(driver.findElements(By.className("sidenav"))).isEmpty();
		String portalUrl = driver.getCurrentUrl();
		click(By.xpath("//tr[td[text()='Damba Community Hall']]//a"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes"))).getText())
			.isEqualTo("Members reviewed the draft typology of ASM.");
		open(portalUrl);
		type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("topic"))), "Women's share of buying-scheme licences");
		type(By.id("body"), "Reserve a share of buying-centre licences for women traders.");
		click(By.id("send"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inputs"))).getText())
			.contains("Women's share of buying-scheme licences", "No response yet");
		signOut();

		// The secretariat answers it ...
		signIn("demo-secretariat");
		open(forumUrl.replace("/forum", "/forum/inputs?open=true"));
		click(By.linkText("Women's share of buying-scheme licences"));
		new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision")))).selectByVisibleText("Partly accepted");
		type(By.id("reason"), "A quota will be discussed with the buying scheme's design (step 3.2).");
		driver.findElement(By.id("save")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision"), "Partly accepted"));
		signOut();

		// ... and the stakeholder reads the response, in French too.
		signIn("demo-stakeholder");
		open(portalUrl);
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inputs"))).getText())
			.contains("A quota will be discussed with the buying scheme's design (step 3.2).", "Partly accepted");
		click(By.id("lang-fr"));
		assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inputs"))).getText()).contains("Acceptée en partie");
		click(By.id("lang-en"));
		screenshot("forum-portal");
	}

	@Test
	void theContextAnalysisShowsItsGapsAndDrawsTheDemoSitesOnTheMap() throws Exception {
		try {
			signIn("demo-member");
			click(By.linkText("Republic of Meridia"));
			click(By.cssSelector("[id='step-1.3'] strong a"));
			click(By.id("open-step"));
			WebElement missing = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("missing")));
			assertThat(missing.getText()).contains("The capacity of these task-force agencies is not assessed");
			assertThat(driver.findElement(By.id("by-commodity")).getText()).contains("Gold");
			click(By.linkText("Map of the sites"));
			// Once the GeoJSON has loaded, the map counts the sites it shows and writes each cluster's count on it.
			wait.until(ExpectedConditions.textMatches(By.id("map-count"), java.util.regex.Pattern.compile("^(\\d+) / \\1 ")));
			assertThat(driver.findElements(By.cssSelector("#site-map .cluster-label"))).isNotEmpty();
			new Select(driver.findElement(By.cssSelector("#map-filters select[name=commodity]"))).selectByVisibleText("Salt");
			wait.until(ExpectedConditions.textMatches(By.id("map-count"), java.util.regex.Pattern.compile("^\\d{1,2} / \\d{3} ")));
			screenshot("context-map");
			signOut();

			// The secretariat imports sites through the page (sent in the background with a progress bar):
			// a file with a point outside the country is refused whole, then a good one is added.
			signIn("demo-secretariat");
			click(By.linkText("Republic of Meridia"));
			open(driver.getCurrentUrl() + "/context/sites");
			Path file = Files.createTempFile(downloadDir, "sites", ".csv");
			String header = "name,longitude,latitude,commodity,deposit_type,mechanisation,scale,legal_status,women,men\n";
			Files.writeString(file, header + "Journey pit A,1.2,9.1,GOLD,ALLUVIAL,MANUAL,ARTISANAL,UNLICENSED,5,20\n"
					+ "Journey pit B,45.0,9.1,GOLD,ALLUVIAL,MANUAL,ARTISANAL,UNLICENSED,5,20\n");
			assertThat(driver.findElement(By.cssSelector("#site-import progress")).isDisplayed()).isFalse();
			driver.findElement(By.cssSelector("#site-import input[type=file]")).sendKeys(file.toString());
			click(By.cssSelector("#site-import button[type=submit]"));
			assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors"))).getText()).contains("Row 3");
			assertThat(driver.getCurrentUrl()).endsWith("/context/sites");
			Files.writeString(file, header + "Journey pit A,1.2,9.1,GOLD,ALLUVIAL,MANUAL,ARTISANAL,UNLICENSED,5,20\n");
			driver.findElement(By.cssSelector("#site-import input[type=file]")).sendKeys(file.toString());
			click(By.cssSelector("#site-import button[type=submit]"));
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("import-errors")));
			assertThat(driver.findElement(By.tagName("main")).getText()).contains("Imported: 1 sites added, 0 already recorded");
		}
		catch (Throwable failure) {
			Files.writeString(Files.createDirectories(Paths.get("target", "screenshots")).resolve("context-failure.html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
			screenshot("context-failure");
			throw failure;
		}
	}

	/**
	 * Step 2.2 on the demo: the secretariat raises one score of development minerals on the scoring
	 * matrix (potential positive impact 3 → 5), sees the type climb from 4th to 3rd and lose its
	 * unstable flag, sees the recorded ranking go out of date on the ranking page and the dashboard,
	 * records it again and sees the step ready.
	 */
	@Test
	void theSecretariatRescoresATypeAndRecordsTheRankingAgain() throws Exception {
		try {
			signIn("demo-secretariat");
			click(By.linkText("Republic of Meridia"));
			String dashboardUrl = driver.getCurrentUrl();
			WebElement step22 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-2.2")));
			assertThat(badge(step22)).isEqualTo("Ready");
			click(By.cssSelector("[id='step-2.2'] strong a"));
			click(By.id("open-step"));
			wait.until(ExpectedConditions.textToBe(By.id("step-status"), "Ready"));
			click(By.cssSelector("#parts a[href$='/types/ranking']"));
			WebElement before = rankingRow("Development minerals");
			assertThat(before.findElement(By.cssSelector(".rank")).getText()).isEqualTo("4");
			assertThat(before.findElement(By.cssSelector(".stability")).getText()).startsWith("Unstable: hinges on");

			open(dashboardUrl + "/types/scores");
			String type = driver.findElement(By.xpath("//section[@id='matrix']//tr[td/a[text()='Development minerals']]"))
				.getAttribute("data-type");
			String criterion = driver.findElement(By.xpath("//section[@id='criteria']//tr[td[text()='Potential positive impact']]"))
				.getAttribute("data-criterion");
			assertThat(driver.findElement(By.id("score-" + type + "-" + criterion)).getText()).isEqualTo("3");
			click(By.cssSelector("#score-" + type + "-" + criterion + " a"));
			new Select(driver.findElement(By.id("score"))).selectByVisibleText("5: strongest case for priority");
			type(By.id("rationale"), "The port's building boom makes quarry permits the quickest gain in local revenue.");
			click(By.id("save"));
			assertThat(driver.findElement(By.id("score-" + type + "-" + criterion)).getText()).isEqualTo("5");
			assertThat(driver.findElement(By.id("stale-ranking")).getText()).contains("out of date");

			open(dashboardUrl + "/types/ranking");
			WebElement after = rankingRow("Development minerals");
			assertThat(after.findElement(By.cssSelector(".rank")).getText()).isEqualTo("3");
			assertThat(after.findElement(By.cssSelector(".stability")).getText()).isEqualTo("Stable");
			assertThat(driver.findElement(By.id("stale-ranking")).isDisplayed()).isTrue();
			open(dashboardUrl);
			step22 = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-2.2")));
			assertThat(badge(step22)).isEqualTo("In progress");
			assertThat(step22.getText()).contains("record it again");

			open(dashboardUrl + "/types/ranking");
			click(By.id("record"));
			assertThat(driver.findElement(By.id("current-ranking")).getText()).isEqualTo("Recorded and up to date");
			screenshot("types-ranking");
			open(dashboardUrl);
			assertThat(badge(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-2.2"))))).isEqualTo("Ready");
		}
		catch (Throwable failure) {
			Files.writeString(Files.createDirectories(Paths.get("target", "screenshots")).resolve("types-failure.html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
			screenshot("types-failure");
			throw failure;
		}
	}

	/**
	 * Steps 2.3 and 2.4 on the demo: the secretariat opens the strategy from step 2.4's page, sees the
	 * coherence check's two warnings, follows the one about development minerals to the type's page,
	 * tries to choose an instrument without saying which (refused, naming the field), then chooses
	 * education and training moving the type away from work without protective equipment; the warning
	 * goes from the type's page and the hub counts one. On the versions page it finalises draft 2, which
	 * becomes version 2 with no newer draft, and step 2.4 stays ready.
	 */
	@Test
	void theSecretariatAnswersACoherenceWarningAndFinalisesTheNextVersion() throws Exception {
		try {
			signIn("demo-secretariat");
			click(By.linkText("Republic of Meridia"));
			String dashboardUrl = driver.getCurrentUrl();
			assertThat(badge(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-2.4"))))).isEqualTo("Ready");
			click(By.cssSelector("[id='step-2.4'] strong a"));
			click(By.id("open-step"));
			assertThat(driver.findElement(By.id("latest")).getText()).contains("Version 1");
			open(dashboardUrl + "/strategy");
			assertThat(driver.findElement(By.id("coherence-counts")).getText()).isEqualTo("0 blocking, 2 warnings");
			assertThat(driver.findElement(By.id("version-status")).getText()).contains("draft 2 is in progress");

			click(By.xpath("//section[@id='coherence-summary']//a[contains(., 'Development minerals')]"));
			assertThat(driver.findElement(By.id("type-findings")).getText()).contains("Work without protective equipment");
			String typeUrl = driver.getCurrentUrl();

			click(By.id("choose-instrument"));
			click(By.id("save-chosen"));
			assertThat(driver.findElement(By.cssSelector("#chosen-form .field-error")).getText()).isNotBlank();
			new Select(driver.findElement(By.id("instrumentId"))).selectByVisibleText("Education and training (Promote)");
			driver.findElement(By.xpath("//fieldset[@id='away']//label[span[text()='Work without protective equipment']]/input"))
				.click();
			new Select(driver.findElement(By.id("leadAgencyId"))).selectByVisibleText("Ministry of Mines");
			type(By.id("estimatedCost"), "4500000");
			type(By.id("target"), "Helmets, boots and gloves worn at every permitted quarry by 2028");
			click(By.id("save-chosen"));
			assertThat(driver.getCurrentUrl()).startsWith(typeUrl);
			assertThat(driver.findElement(By.id("chosen")).getText()).contains("Education and training",
					"Work without protective equipment");
			assertThat(driver.findElements(By.id("type-findings"))).isEmpty();

			open(dashboardUrl + "/strategy");
			assertThat(driver.findElement(By.id("coherence-counts")).getText()).isEqualTo("0 blocking, 1 warning");
			click(By.id("versions-link"));
			click(By.id("finalise"));
			assertThat(driver.getCurrentUrl()).endsWith("/strategy/versions/2");
			assertThat(driver.getTitle()).isEqualTo("ASM Management Strategy, version 2");
			open(dashboardUrl + "/strategy/versions");
			assertThat(driver.findElement(By.id("latest")).getText()).contains("Version 2");
			assertThat(driver.findElement(By.id("draft-final")).isDisplayed()).isTrue();
			assertThat(driver.findElements(By.id("finalise"))).isEmpty();
			screenshot("strategy-versions");
			open(dashboardUrl);
			assertThat(badge(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step-2.4"))))).isEqualTo("Ready");
		}
		catch (Throwable failure) {
			Files.writeString(Files.createDirectories(Paths.get("target", "screenshots")).resolve("strategy-failure.html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
			screenshot("strategy-failure");
			throw failure;
		}
	}

	/**
	 * Steps 3.1–3.2 on the demo: a district officer files a licence application for a registered miner.
	 * Drawing on the map writes the corners; a plot over a licence in force is checked and shown refused
	 * with the licence named; a free plot passes all eight checks, is submitted and approved, and the new
	 * licence is in the public register's export, read without signing in.
	 */
	@Test
	void anOfficerChecksAnApplicationOnTheMapGrantsItAndTheLicenceIsPublic() throws Exception {
		try {
			signIn("demo-officer");
			click(By.linkText("Republic of Meridia"));
			String dashboardUrl = driver.getCurrentUrl();
			open(dashboardUrl + "/registry/applications/new");
			type(By.id("q"), "XM287543949");
			click(By.id("search-applicant"));
			driver.findElement(By.cssSelector("#applicants input[type=radio]")).click();
			new Select(driver.findElement(By.id("categoryId"))).selectByVisibleText("Artisanal mining permit (≤ 2.00 ha)");
			new Select(driver.findElement(By.id("commodity"))).selectByVisibleText("Gold");

			// Three clicks on the map are three corners (“lon lat; lon lat; …”) in the area field; Clear empties it again.
			WebElement map = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("registry-map")));
			new org.openqa.selenium.interactions.Actions(driver).moveToElement(map, -40, -40).click()
				.moveToElement(map, 40, -40).click()
				.moveToElement(map, 0, 40).click()
				.perform();
			WebElement area = driver.findElement(By.id("area"));
			wait.until(d -> area.getDomProperty("value").split(";").length == 3);
			driver.findElement(By.id("draw-clear")).click();
			wait.until(d -> area.getDomProperty("value").isBlank());

			// Over the demo's first licence: the check names it and the plot cannot be submitted.
			type(By.id("area"), "0.3538 8.1049; 0.3550 8.1049; 0.3550 8.1060; 0.3538 8.1060");
			click(By.id("check"));
			WebElement refused = driver.findElement(By.cssSelector("#checks li[data-rule=CLEAR_OF_LICENCES]"));
			assertThat(refused.getDomAttribute("class")).contains("unmet");
			assertThat(refused.getText()).contains("ASM-2026-000001");
			click(By.id("submit"));
			assertThat(driver.getCurrentUrl()).endsWith("/registry/applications/new");
			assertThat(driver.findElement(By.cssSelector("#checks li[data-rule=CLEAR_OF_LICENCES]")).getDomAttribute("class")).contains("unmet");

			// A free plot in Marasi passes every check and is submitted, then approved.
			type(By.id("area"), "3.52 9.52; 3.521 9.52; 3.521 9.521; 3.52 9.521");
			click(By.id("check"));
			assertThat(driver.findElements(By.cssSelector("#checks li"))).hasSize(8);
			assertThat(driver.findElements(By.cssSelector("#checks li.unmet"))).isEmpty();
			screenshot("registry-application-checked");
			click(By.id("submit"));
			assertThat(driver.getCurrentUrl()).matches(".*/registry/applications/\\d+$");
			assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Submitted");
			setDate(driver.findElement(By.id("startsOn")), java.time.LocalDate.now().toString());
			type(By.id("conditions"), "No mercury; pits backfilled within a year.");
			click(By.id("approve"));
			assertThat(driver.getCurrentUrl()).matches(".*/registry/licences/\\d+$");
			String number = driver.findElement(By.tagName("h1")).getText().replaceAll(".*(ASM-\\d{4}-\\d{6}).*", "$1");
			assertThat(number).matches("ASM-\\d{4}-\\d{6}");
			assertThat(driver.findElement(By.id("licence-history")).getText()).contains("demo-officer");
			screenshot("registry-licence");
			String workspacePath = dashboardUrl.replaceAll("^https?://[^/]+", "").replaceAll("/+$", "");
			signOut();

			// Without signing in, the public register's CSV lists the new licence, and no holder's name.
			open("/public/register");
			String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
					"const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
					"/public/register/" + workspacePath.replaceAll("\\D+", "") + "/licences.csv");
			assertThat(csv).contains(number + ",Artisanal mining permit,GOLD,ACTIVE").doesNotContain("Kaboré");
		}
		catch (Throwable failure) {
			Files.writeString(Files.createDirectories(Paths.get("target", "screenshots")).resolve("registry-failure.html"),
					driver.getCurrentUrl() + "\n" + driver.getPageSource());
			screenshot("registry-failure");
			throw failure;
		}
	}

	private WebElement rankingRow(String typeName) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//table[@id='ranking-table']//tr[td/a[text()='" + typeName + "']]")));
	}

	private void signIn(String username) {
		open("/login");
		type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))), username);
		type(By.id("password"), "test-demo-password");
		driver.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlMatches("/workspaces$"));
	}

	private void signOut() {
		click(By.cssSelector("form[action='/logout'] button"));
	}

	private void open(String pathOrUrl) {
		driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
	}

	/** Clicks a link or button and waits for the page it leaves to go. */
	private void click(By by) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
		WebElement html = driver.findElement(By.tagName("html"));
		element.click();
		wait.until(ExpectedConditions.stalenessOf(html));
	}

	private void type(By by, String text) {
		type(driver.findElement(by), text);
	}

	private void type(WebElement field, String text) {
		field.clear();
		field.sendKeys(text);
	}

	/** Date inputs take keys in the browser's locale format; setting the value is locale-independent. */
	private void setDate(WebElement field, String isoDate) {
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, isoDate);
	}

	private static String badge(WebElement stepCard) {
		return stepCard.findElement(By.cssSelector(".badge")).getText();
	}

	/** Waits for a finished download (no partial .crdownload left) with the given extension. */
	private Path downloaded(String extension) {
		return new WebDriverWait(driver, WAIT, Duration.ofMillis(100)).until(d -> {
			try (Stream<Path> files = Files.list(downloadDir)) {
				List<Path> all = files.toList();
				if (all.stream().anyMatch(p -> p.toString().endsWith(".crdownload"))) {
					return null;
				}
				return all.stream().filter(p -> p.toString().endsWith(extension)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	/** The screenshot and downloads stay under target/ for a human to look at. */
	private void screenshot(String name) throws IOException {
		Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
		Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(file, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static void keep(Path download) throws IOException {
		Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
		Files.copy(download, dir.resolve(download.getFileName()), StandardCopyOption.REPLACE_EXISTING);
	}

	private static void deleteQuietly(Path dir) throws IOException {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
