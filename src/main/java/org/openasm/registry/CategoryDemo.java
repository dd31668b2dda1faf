package org.openasm.registry;

import java.math.BigDecimal;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo jurisdiction's licence categories, in its currency (a few tens of thousands of francs for a
 * permit, more for a small-scale licence): a permit for individual artisanal miners, a licence for
 * small-scale operators, a permit valid only inside ASM zones, and the municipal quarry permit. Runs
 * before the strategy's demo ({@code @Order(50)}), which assigns them to the types.
 */
@Component
class CategoryDemo {

	static final String ARTISANAL = "Artisanal mining permit";

	static final String SMALL_SCALE = "Small-scale mining licence";

	static final String ZONE = "ASM zone permit";

	static final String QUARRY = "Quarry permit";

	private final LicenceCategoryManagement categories;

	CategoryDemo(LicenceCategoryManagement categories) {
		this.categories = categories;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(45)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		long ws = event.workspaceId();
		add(ws, ARTISANAL, "For citizens digging by hand, alone or in a family team, outside ASM zones.", LicenceEligibility.CITIZENS, "2", 24,
				false, "25000", "15000");
		add(ws, SMALL_SCALE, "For registered groups and small companies using pumps, excavators or wash plants; an environmental plan is required.",
				LicenceEligibility.GROUPS_AND_COOPERATIVES, "25", 60, false, "500000", "250000");
		add(ws, ZONE, "For miners and their cooperatives working a plot inside a declared ASM zone; the zone’s rules on mercury and rehabilitation apply.",
				LicenceEligibility.CITIZENS_AND_RESIDENTS, "1", 36, true, "10000", "5000");
		add(ws, QUARRY, "Issued by the municipality for stone, sand and gravel pits, with conditions on faces, dust and river banks.",
				LicenceEligibility.ANYONE, "5", 12, false, "40000", "20000");
	}

	private void add(long ws, String name, String description, LicenceEligibility eligibility, String hectares, int months, boolean zonesOnly,
			String applicationFee, String annualFee) {
		LicenceCategoryForm form = new LicenceCategoryForm();
		form.setName(name);
		form.setDescription(description);
		form.setEligibility(eligibility);
		form.setMaxAreaHectares(new BigDecimal(hectares));
		form.setDurationMonths(months);
		form.setZonesOnly(zonesOnly);
		form.setApplicationFee(new BigDecimal(applicationFee));
		form.setAnnualFee(new BigDecimal(annualFee));
		categories.add(ws, form);
	}
}
