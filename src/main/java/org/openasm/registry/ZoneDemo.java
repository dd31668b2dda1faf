package org.openasm.registry;

import org.openasm.context.Commodity;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo jurisdiction's ASM zones and protected area, inside its districts (see geo's DemoAreas):
 * the Kanta gold zone in Sundiri (about 3,600 ha, at most 40 licences), the Wuro alluvial gold zone in
 * Owela (no limit) and the Bela quarry zone near Port Selem (development minerals, at most 10
 * licences), and the Osso Ridge forest reserve. Runs after the operators' demo ({@code @Order(55)})
 * and before the licences' ({@code @Order(57)}), which places zone permits inside these zones
 * (read them with {@link ZoneRepository}; their names are the constants below) and nothing in the reserve.
 */
@Component
class ZoneDemo {

	static final String KANTA = "Kanta gold zone";

	static final String WURO = "Wuro alluvial zone";

	static final String BELA = "Bela quarry zone";

	static final String RESERVE = "Osso Ridge forest reserve";

	private final ZoneManagement zones;

	ZoneDemo(ZoneManagement zones) {
		this.zones = zones;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(56)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		long ws = event.workspaceId();
		zone(ws, KANTA, "SU-Z1", "Alluvial and eluvial gold along the Kanta river, declared for cooperatives of local diggers.", Commodity.GOLD, 40,
				"1.30 9.60; 1.36 9.60; 1.37 9.63; 1.36 9.65; 1.30 9.65");
		zone(ws, WURO, "OW-Z1", "Terrace gravels of the Wuro valley; mercury-free processing is a condition of every permit.", Commodity.GOLD, null,
				"2.40 9.20; 2.46 9.20; 2.46 9.24; 2.40 9.24");
		zone(ws, BELA, "PS-Z1", "Sand, gravel and building stone for the coastal towns.", Commodity.DEVELOPMENT_MINERALS, 10,
				"0.60 8.40; 0.63 8.40; 0.63 8.43; 0.60 8.43");
		ProtectedAreaForm reserve = new ProtectedAreaForm();
		reserve.setName(RESERVE);
		reserve.setDesignation("Forest reserve (Forest Act 1998)");
		reserve.setArea("3.00 10.80; 3.30 10.80; 3.35 10.95; 3.30 11.10; 3.00 11.10; 2.95 10.95");
		zones.addProtectedArea(ws, reserve);
	}

	private void zone(long ws, String name, String code, String description, Commodity commodity, Integer max, String corners) {
		ZoneForm form = new ZoneForm();
		form.setName(name);
		form.setCode(code);
		form.setDescription(description);
		form.setCommodity(commodity);
		form.setMaxLicences(max);
		form.setArea(corners);
		zones.addZone(ws, form);
	}
}
