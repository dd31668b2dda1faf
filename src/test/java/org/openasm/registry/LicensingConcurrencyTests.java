package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.openasm.context.Commodity;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two approvals of overlapping areas released at the same moment from two threads give exactly one
 * licence; the other approval is refused with the reason. Run on H2 and on PostgreSQL, a few rounds.
 * <p>
 * Three races: (1) both applications submitted the usual way, the later one waiting behind the
 * earlier; (2) two applications that never saw each other (recorded behind the index's back, as if
 * checked at the same moment on two instances), so nothing but the lock at approval keeps the second
 * grant out: without {@link RegistrySettings#lock} in {@code approve} both would be granted (this
 * test fails then); (3) the same application approved twice at once (a double click).
 */
@OpenAsmTest
@Import(LicensingFixtures.class)
class LicensingConcurrencyTests {

	@Autowired
	LicensingFixtures fx;

	@Autowired
	Licensing licensing;

	@Autowired
	LicenceRepository licences;

	@Autowired
	ApplicationRepository applications;

	@Autowired
	SpatialIndex index;

	@Autowired
	PlatformTransactionManager transactions;

	ExecutorService threads;

	long ws;

	long amina;

	long binta;

	long artisanal;

	@BeforeEach
	void twoMinersAndACategory() {
		threads = Executors.newFixedThreadPool(2);
		ws = fx.jurisdiction("Race");
		amina = fx.individual(ws, "Amina Diallo", Citizenship.CITIZEN);
		binta = fx.individual(ws, "Binta Keita", Citizenship.CITIZEN);
		artisanal = fx.category(ws, "Artisanal", LicenceEligibility.CITIZENS, "2", 24);
	}

	@AfterEach
	void stop() {
		threads.shutdownNow();
	}

	ApplicationForm form(long applicant, double lon, double lat) {
		ApplicationForm form = new ApplicationForm();
		form.setApplicantId(applicant);
		form.setCategoryId(artisanal);
		form.setCommodity(Commodity.GOLD);
		form.setArea(LicensingFixtures.typedSquare(lon, lat, 0.001));
		return form;
	}

	/** Runs both approvals released by one latch; each result is a licence id or the refusal. */
	List<Object> approveAtOnce(long first, long second) throws Exception {
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Object>> results = new ArrayList<>();
		for (long id : new long[] { first, second }) {
			Callable<Object> approval = () -> {
				ready.countDown();
				go.await();
				try {
					return licensing.approve(ws, id, new ApprovalForm(LocalDate.of(2026, 12, 1), null));
				}
				catch (DomainRuleViolation refused) {
					return refused;
				}
			};
			results.add(threads.submit(approval));
		}
		assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
		go.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> f : results) {
			outcomes.add(f.get(30, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	long licencesOf(long... applicationIds) {
		return licences.findAll().stream().filter(l -> l.getWorkspaceId() == ws).filter(l -> {
			for (long id : applicationIds) {
				if (l.getApplicationId() != null && l.getApplicationId() == id) {
					return true;
				}
			}
			return false;
		}).count();
	}

	static void oneGrantedOneRefused(List<Object> outcomes, String... rules) {
		assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
		List<Object> refusals = outcomes.stream().filter(o -> !(o instanceof Long)).toList();
		assertThat(refusals).hasSize(1);
		assertThat(refusals.get(0)).isInstanceOf(ApplicationRefused.class);
		ApplicationRefused refused = (ApplicationRefused) refusals.get(0);
		assertThat(refused.messageKey()).isEqualTo("registry.application.approval.refused");
		assertThat(refused.failures()).extracting(CheckResult::rule).containsAnyOf(rules);
	}

	@RepeatedTest(3)
	void theLaterOfTwoSubmittedApplicationsIsRefusedWhenBothAreApprovedAtOnce() throws Exception {
		long earlier = licensing.submit(ws, form(amina, 1.0, 9.0));
		long later = licensing.submit(ws, form(binta, 1.0005, 9.0005));
		assertThat(RecordedChecks.read(licensing.application(ws, later).getChecks())).filteredOn(c -> !c.passed())
			.extracting(CheckResult::rule)
			.containsExactly(CheckResult.CLEAR_OF_EARLIER_APPLICATIONS);

		List<Object> outcomes = approveAtOnce(later, earlier);

		oneGrantedOneRefused(outcomes, CheckResult.CLEAR_OF_EARLIER_APPLICATIONS, CheckResult.CLEAR_OF_LICENCES);
		assertThat(outcomes.get(1)).isInstanceOf(Long.class);
		assertThat(licencesOf(earlier, later)).isEqualTo(1);
		assertThat(licensing.application(ws, earlier).getStatus()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(licensing.application(ws, later).getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@RepeatedTest(3)
	void twoApplicationsThatNeverSawEachOtherGiveOneLicenceWhenApprovedAtOnce() throws Exception {
		index.refresh(ws);
		long first = unseen("RACE-A", amina, 2.0, 10.0);
		long second = unseen("RACE-B", binta, 2.0005, 10.0005);
		assertThat(licensing.recheck(ws, first)).allMatch(CheckResult::passed);
		assertThat(licensing.recheck(ws, second)).allMatch(CheckResult::passed);

		List<Object> outcomes = approveAtOnce(first, second);

		oneGrantedOneRefused(outcomes, CheckResult.CLEAR_OF_LICENCES);
		assertThat(licencesOf(first, second)).isEqualTo(1);
		ApplicationRefused refused = (ApplicationRefused) outcomes.stream().filter(o -> !(o instanceof Long)).findFirst().orElseThrow();
		Licence granted = licences.findById((Long) outcomes.stream().filter(o -> o instanceof Long).findFirst().orElseThrow()).orElseThrow();
		assertThat(refused.failures()).anySatisfy(c -> assertThat(c.args()).contains(granted.getNumber()));
	}

	@RepeatedTest(3)
	void oneApplicationApprovedTwiceAtOnceGivesOneLicence() throws Exception {
		long id = licensing.submit(ws, form(amina, 3.0, 11.0));

		List<Object> outcomes = approveAtOnce(id, id);

		assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o instanceof DomainRuleViolation)
			.singleElement()
			.extracting(o -> ((DomainRuleViolation) o).messageKey())
			.isEqualTo("registry.application.decided");
		assertThat(licencesOf(id)).isEqualTo(1);
	}

	/**
	 * A pending application recorded with spatial_seq 0, below what the index has already seen, so the
	 * index never learns of it: each of two such applications passes every check alone.
	 */
	long unseen(String number, long applicant, double lon, double lat) {
		return new TransactionTemplate(transactions).execute(tx -> applications
			.saveAndFlush(new Application(ws, number, applicant, artisanal, Commodity.GOLD,
					Footprint.ofWkt(LicensingFixtures.square(lon, lat, 0.001)), Instant.now(), null, 0))
			.getId());
	}
}
