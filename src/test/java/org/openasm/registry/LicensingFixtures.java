package org.openasm.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.openasm.context.Commodity;
import org.openasm.support.Jurisdictions;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A jurisdiction of the test's own with operators, categories and licences, made through the registry's
 * own classes. Licences made here are granted directly (as an import of an earlier cadastre would, under
 * the workspace's lock with a spatial sequence number), so lifecycle tests do not depend on the checks.
 */
@Component
class LicensingFixtures {

	@Autowired
	WorkspaceManagement workspaces;

	@Autowired
	OperatorRepository operators;

	@Autowired
	LicenceCategoryManagement categories;

	@Autowired
	LicenceRepository licences;

	@Autowired
	LicenceEventRepository history;

	@Autowired
	RegistrySettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	long jurisdiction(String what) {
		return Jurisdictions.aJurisdiction(workspaces, what);
	}

	long individual(long ws, String name, Citizenship citizenship) {
		Operator o = new Operator(ws, OperatorKind.INDIVIDUAL);
		o.describe(name, "NID-" + UUID.randomUUID().toString().substring(0, 12), null, Gender.FEMALE, 1985, citizenship, null, null);
		return operators.saveAndFlush(o).getId();
	}

	long group(long ws, String name) {
		Operator o = new Operator(ws, OperatorKind.GROUP);
		o.describe(name, null, "REG-" + UUID.randomUUID().toString().substring(0, 12), null, null, null, null, null);
		return operators.saveAndFlush(o).getId();
	}

	long category(long ws, String name, LicenceEligibility eligibility, String maxHectares, int months) {
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setName(name);
		form.setEligibility(eligibility);
		form.setMaxAreaHectares(new BigDecimal(maxHectares));
		form.setDurationMonths(months);
		form.setApplicationFee(BigDecimal.ZERO);
		form.setAnnualFee(BigDecimal.ZERO);
		return categories.add(ws, form);
	}

	/** A square of {@code side} degrees with its south-west corner at (lon, lat), as WKT. */
	static String square(double lon, double lat, double side) {
		return "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side, lon, lat);
	}

	/** The same square as typed corners ("lon lat" pairs separated by semicolons), as a form gives it. */
	static String typedSquare(double lon, double lat, double side) {
		return "%s %s; %s %s; %s %s; %s %s".formatted(lon, lat, lon + side, lat, lon + side, lat + side, lon, lat + side);
	}

	/** A licence held directly (no application), active from {@code startsOn} to {@code endsOn}. */
	long licence(long ws, String number, long holderId, long categoryId, String wkt, LocalDate startsOn, LocalDate endsOn) {
		return new TransactionTemplate(transactions).execute(tx -> {
			RegistrySetting setting = settings.lock(ws);
			Licence l = licences.saveAndFlush(new Licence(ws, number, null, holderId, categoryId, Commodity.GOLD, Footprint.ofWkt(wkt), startsOn,
					endsOn, null, setting.nextSpatialSeq()));
			history.save(new LicenceEvent(l, LicenceEventKind.IMPORTED, java.time.Instant.now(), "test", null, null));
			return l.getId();
		});
	}
}
