package org.openasm.registry;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.openasm.context.Commodity;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo jurisdiction's licences and applications, granted through {@link Licensing} like any other
 * (submitted, checked, approved), so every licence has a real application and history. About 260
 * licences of 0.3–20 ha on a grid over the districts (the checks skip any spot outside the land, in the
 * forest reserve or on an earlier licence): artisanal permits to citizens, small-scale licences to the
 * cooperatives and companies, quarry permits, and zone permits inside the Kanta and Wuro zones; about
 * one in ten started long enough ago to have expired, a few end within 60 days, five are suspended,
 * one revoked, one transferred and five renewed. Then about twenty applications in every state,
 * including two overlapping pending ones (the later waits behind the earlier). Deterministic: the
 * same demo every time. Runs after the operators ({@code @Order(55)}) and the zones ({@code @Order(56)}).
 * Every candidate is checked first (preview) and only one that passes is submitted, because a refusal
 * thrown inside the workspace's creating transaction would roll all of it back.
 */
@Component
class LicenceDemo {

	static final int ARTISANAL = 150;

	static final int QUARRY = 30;

	static final int SMALL_SCALE = 14;

	static final int ZONE_PERMITS = 40;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LicenceDemo.class);

	private final Licensing licensing;

	private final EntityManager em;

	private final ZoneRepository zones;

	private final Clock clock;

	LicenceDemo(Licensing licensing, EntityManager em, ZoneRepository zones, Clock clock) {
		this.licensing = licensing;
		this.em = em;
		this.zones = zones;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(57)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		long started = System.nanoTime();
		Run run = new Run(event.workspaceId());
		run.all();
		log.info("Demo licences: {} granted in {} ms", run.granted.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/** One demo's state: the operators, categories and zones read once, the grid cells used, the licences made. */
	private final class Run {

		final long ws;

		final Random random = new Random(57);

		final LocalDate today = LocalDate.now(clock);

		final List<Operator> citizens = new ArrayList<>();

		final List<Operator> groups = new ArrayList<>();

		final List<Operator> anyone = new ArrayList<>();

		final Map<String, LicenceCategory> categories = new HashMap<>();

		final List<Envelope> zoneBoxes = new ArrayList<>();

		final List<Long> granted = new ArrayList<>();

		int cell;

		Run(long ws) {
			this.ws = ws;
			em.createQuery("select o from Operator o where o.workspaceId = :ws order by o.id", Operator.class)
				.setParameter("ws", ws)
				.getResultList()
				.forEach(o -> {
					anyone.add(o);
					if (o.getKind() == OperatorKind.INDIVIDUAL && o.getCitizenship() == Citizenship.CITIZEN) {
						citizens.add(o);
					}
					if (o.getKind() != OperatorKind.INDIVIDUAL) {
						groups.add(o);
					}
				});
			em.createQuery("select c from LicenceCategory c where c.workspaceId = :ws", LicenceCategory.class)
				.setParameter("ws", ws)
				.getResultList()
				.forEach(c -> categories.put(c.getName(), c));
			zones.findByWorkspaceIdOrderByNameAscIdAsc(ws).forEach(z -> zoneBoxes.add(z.footprint().envelope()));
		}

		void all() {
			if (citizens.isEmpty() || groups.isEmpty() || categories.get(CategoryDemo.ARTISANAL) == null) {
				return;
			}
			grantOnGrid(CategoryDemo.ARTISANAL, ARTISANAL, citizens, 0.3, 2.0, Commodity.GOLD);
			grantOnGrid(CategoryDemo.QUARRY, QUARRY, anyone, 0.5, 5.0, Commodity.DEVELOPMENT_MINERALS);
			grantOnGrid(CategoryDemo.SMALL_SCALE, SMALL_SCALE, groups, 5.0, 20.0, Commodity.GOLD);
			grantInZones(ZONE_PERMITS);
			lifecycles();
			applications();
		}

		/** The next free cell of a 0.05-degree grid over the districts, away from the ASM zones. */
		double[] nextCell() {
			while (true) {
				int i = cell++;
				double lon = 0.1 + (i % 76) * 0.05 + random.nextDouble() * 0.02;
				double lat = 8.1 + (i / 76) * 0.05 + random.nextDouble() * 0.02;
				if (lat > 12.0) {
					return null;
				}
				Envelope near = new Envelope(lon - 0.01, lon + 0.03, lat - 0.01, lat + 0.03);
				if (zoneBoxes.stream().noneMatch(near::intersects)) {
					return new double[] { lon, lat };
				}
			}
		}

		void grantOnGrid(String category, int count, List<Operator> holders, double minHa, double maxHa, Commodity commodity) {
			int made = 0;
			int attempts = 0;
			while (made < count && attempts++ < count * 4) {
				double[] at = nextCell();
				if (at == null) {
					return;
				}
				double ha = minHa + random.nextDouble() * (maxHa - minHa) * 0.95;
				Operator holder = holders.get(random.nextInt(holders.size()));
				if (grant(category, holder, commodity, rectangle(at[0], at[1], ha), made) != null) {
					made++;
				}
			}
		}

		void grantInZones(int count) {
			int made = 0;
			List<Operator> eligible = anyone.stream()
				.filter(o -> ApplicantEligible.eligible(LicenceEligibility.CITIZENS_AND_RESIDENTS, o.getKind(), o.getCitizenship()))
				.toList();
			for (Envelope zone : zoneBoxes) {
				for (double lon = zone.getMinX() + 0.002; lon < zone.getMaxX() - 0.002 && made < count; lon += 0.004) {
					for (double lat = zone.getMinY() + 0.002; lat < zone.getMaxY() - 0.002 && made < count; lat += 0.006) {
						if (made >= count / 2 && zone == zoneBoxes.get(0) && zoneBoxes.size() > 1) {
							break;
						}
						Operator holder = eligible.get(random.nextInt(eligible.size()));
						if (grant(CategoryDemo.ZONE, holder, Commodity.GOLD, rectangle(lon, lat, 0.4 + random.nextDouble() * 0.5), made) != null) {
							made++;
						}
					}
				}
			}
		}

		/** Checks, submits and approves one licence; null (nothing saved) when a check fails. */
		Long grant(String categoryName, Operator holder, Commodity commodity, String area, int n) {
			LicenceCategory category = categories.get(categoryName);
			if (category == null) {
				return null;
			}
			ApplicationForm form = form(holder, category, commodity, area);
			if (!ApplicationChecking.allPassed(licensing.preview(ws, form))) {
				return null;
			}
			long applicationId = licensing.submit(ws, form);
			LocalDate startsOn;
			if (n % 10 == 3) {
				startsOn = today.minusMonths(category.getDurationMonths()).minusDays(20 + n);
			}
			else if (n % 25 == 7) {
				startsOn = today.minusMonths(category.getDurationMonths()).plusDays(15 + n % 40);
			}
			else {
				startsOn = today.minusDays(random.nextInt(Math.max(30, category.getDurationMonths() * 25)));
			}
			long licenceId = licensing.approve(ws, applicationId, new ApprovalForm(startsOn, n % 4 == 0 ? "No mercury; rehabilitate pits within a year." : null));
			granted.add(licenceId);
			if (granted.size() % 20 == 0) {
				// Hundreds of records in one persistence context make every flush slower; these are written, so let them go.
				em.flush();
				em.clear();
			}
			return licenceId;
		}

		ApplicationForm form(Operator holder, LicenceCategory category, Commodity commodity, String area) {
			ApplicationForm form = new ApplicationForm();
			form.setApplicantId(holder.getId());
			form.setCategoryId(category.getId());
			form.setCommodity(commodity);
			form.setArea(area);
			return form;
		}

		void lifecycles() {
			licensing.expireDue(ws, today);
			List<Licence> active = new ArrayList<>();
			for (long id : granted) {
				Licence l = licensing.licence(ws, id);
				if (l.getStatus() == LicenceStatus.ACTIVE && l.getEndsOn().isAfter(today.plusDays(60))) {
					active.add(l);
				}
			}
			if (active.size() < 23) {
				return;
			}
			String[] why = { "Mercury amalgamation seen on site at the inspection.", "Annual fee unpaid for two years.",
					"Pit walls left unsafe after a collapse.", "Working beyond the licensed area.", "Children seen working at the washing site." };
			for (int i = 0; i < 5; i++) {
				licensing.suspend(ws, active.get(i * 3).getId(), why[i]);
			}
			licensing.reinstate(ws, active.get(0).getId(), "Retorts in use; mercury handled as the conditions say.");
			licensing.revoke(ws, active.get(16).getId(), "Repeated work in the river bed after two warnings.");
			Licence sold = active.get(17);
			LicenceCategory category = em.find(LicenceCategory.class, sold.getCategoryId());
			Predicate<Operator> other = o -> !o.getId().equals(sold.getHolderId())
					&& ApplicantEligible.eligible(category.getEligibility(), o.getKind(), o.getCitizenship());
			anyone.stream().filter(other).findFirst().ifPresent(o -> licensing.transfer(ws, sold.getId(), o.getId(), "The holder retired; passed to a relative."));
			for (int i = 18; i < 23; i++) {
				Licence l = active.get(i);
				licensing.renew(ws, l.getId(), new RenewalForm(l.getVersion(), "Annual fees paid; inspection satisfactory."));
			}
		}

		void applications() {
			LicenceCategory artisanal = categories.get(CategoryDemo.ARTISANAL);
			List<Long> pending = new ArrayList<>();
			int made = 0;
			while (made < 19) {
				double[] at = nextCell();
				if (at == null) {
					return;
				}
				Operator holder = citizens.get(random.nextInt(citizens.size()));
				ApplicationForm form = form(holder, artisanal, Commodity.GOLD, rectangle(at[0], at[1], 0.5 + random.nextDouble()));
				if (!ApplicationChecking.allPassed(licensing.preview(ws, form))) {
					continue;
				}
				long id = licensing.submit(ws, form);
				switch (made % 5) {
					case 1 -> licensing.startReview(ws, id);
					case 2 -> licensing.reject(ws, id, "The sketch map does not match the ground: the corners fall in the river.");
					case 3 -> licensing.withdraw(ws, id, "The applicant joined a cooperative instead.");
					default -> pending.add(id);
				}
				if (made == 0) {
					Application first = licensing.application(ws, id);
					Envelope box = first.footprint().envelope();
					Operator other = citizens.get((citizens.indexOf(holder) + 1) % citizens.size());
					ApplicationForm behind = form(other, artisanal, Commodity.GOLD,
							rectangle(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2, 0.8));
					if (ApplicationChecking.allPassedButEarlierApplications(licensing.preview(ws, behind))) {
						licensing.submit(ws, behind);
					}
				}
				made++;
			}
		}
	}

	/** A rectangle of {@code hectares} with its south-west corner at (lon, lat), a little wider than tall, as typed corners. */
	static String rectangle(double lon, double lat, double hectares) {
		double kmPerLon = Footprint.KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
		double heightKm = Math.sqrt(hectares / 100 / 1.5);
		double widthKm = heightKm * 1.5;
		double dLon = widthKm / kmPerLon;
		double dLat = heightKm / Footprint.KM_PER_DEGREE;
		return String.format(Locale.ROOT, "%.6f %.6f; %.6f %.6f; %.6f %.6f; %.6f %.6f", lon, lat, lon + dLon, lat, lon + dLon, lat + dLat, lon,
				lat + dLat);
	}
}
