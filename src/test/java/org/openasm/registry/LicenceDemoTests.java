package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's licences and applications: a few hundred licences granted through applications, none
 * overlapping another nor the forest reserve, zone permits inside the zones, about one in ten
 * expired, four suspended (five, one reinstated), one revoked, one transferred, five renewed, some
 * expiring within 60 days, and applications in every state with two overlapping pending ones.
 */
@OpenAsmTest
class LicenceDemoTests {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LicenceRepository licences;

	@Autowired
	ApplicationRepository applications;

	@Autowired
	LicenceEventRepository history;

	@Autowired
	ZoneRepository zones;

	@Autowired
	Licensing licensing;

	@Test
	void theDemoHasLicencesInEveryStateAndApplicationsInEveryState() {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Licence demo " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long ws = workspaces.create(form, true);

		List<Licence> all = licences.findAll().stream().filter(l -> l.getWorkspaceId() == ws).toList();
		Map<LicenceStatus, Long> byStatus = new EnumMap<>(LicenceStatus.class);
		all.forEach(l -> byStatus.merge(l.getStatus(), 1L, Long::sum));
		assertThat(all).hasSizeBetween(200, 300);
		assertThat(all).allMatch(l -> l.getApplicationId() != null);
		assertThat(byStatus.get(LicenceStatus.EXPIRED)).isBetween(15L, 35L);
		assertThat(byStatus.get(LicenceStatus.SUSPENDED)).isEqualTo(4L);
		assertThat(byStatus.get(LicenceStatus.REVOKED)).isEqualTo(1L);
		assertThat(all).allMatch(l -> l.getAreaHectares().doubleValue() >= 0.29 && l.getAreaHectares().doubleValue() <= 20.01);
		assertThat(licensing.countExpiring(ws, 60)).isPositive();

		List<Geometry> areas = all.stream().map(l -> l.footprint().geometry()).toList();
		for (int i = 0; i < areas.size(); i++) {
			for (int j = i + 1; j < areas.size(); j++) {
				if (areas.get(i).getEnvelopeInternal().intersects(areas.get(j).getEnvelopeInternal())) {
					assertThat(areas.get(i).relate(areas.get(j), "T********")).as(all.get(i).getNumber() + " and " + all.get(j).getNumber()).isFalse();
				}
			}
		}
		long inZones = all.stream()
			.filter(l -> zones.findByWorkspaceIdOrderByNameAscIdAsc(ws).stream().anyMatch(z -> z.footprint().geometry().covers(l.footprint().geometry())))
			.count();
		assertThat(inZones).isGreaterThanOrEqualTo(20);
		Long inReserve = jdbc.queryForObject("select count(*) from registry_licence l join registry_protected_area p on p.workspace_id = l.workspace_id"
				+ " where l.workspace_id = ? and l.min_lon < p.max_lon and l.max_lon > p.min_lon and l.min_lat < p.max_lat and l.max_lat > p.min_lat",
				Long.class, ws);
		assertThat(inReserve).isZero();

		Map<LicenceEventKind, Long> events = new EnumMap<>(LicenceEventKind.class);
		jdbc.queryForList("select kind, count(*) n from registry_licence_event where workspace_id = ? group by kind", ws)
			.forEach(r -> events.put(LicenceEventKind.valueOf((String) r.get("kind")), ((Number) r.get("n")).longValue()));
		assertThat(events.get(LicenceEventKind.GRANTED)).isEqualTo(all.size());
		assertThat(events.get(LicenceEventKind.TRANSFERRED)).isEqualTo(1L);
		assertThat(events.get(LicenceEventKind.RENEWED)).isEqualTo(5L);
		assertThat(events.get(LicenceEventKind.REINSTATED)).isEqualTo(1L);

		for (ApplicationStatus status : ApplicationStatus.values()) {
			assertThat(applications.countByWorkspaceIdAndStatusIn(ws, List.of(status))).as(status.name()).isPositive();
		}
		long waiting = applications.findByWorkspaceIdAndStatusIn(ws, List.of(ApplicationStatus.SUBMITTED), org.springframework.data.domain.Pageable.unpaged())
			.stream()
			.filter(a -> RecordedChecks.read(a.getChecks()).stream().anyMatch(c -> !c.passed() && c.rule().equals(CheckResult.CLEAR_OF_EARLIER_APPLICATIONS)))
			.count();
		assertThat(waiting).isEqualTo(1);
	}
}
