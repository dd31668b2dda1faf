package org.openasm.geo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The demo jurisdiction's four regions and their districts (all fictional). */
@Component
class DemoAreas {

	private static final Map<String, List<String>> REGIONS = new LinkedHashMap<>();

	static {
		REGIONS.put("Northern Highlands", List.of("Kirru", "Tambali", "Osso Ridge"));
		REGIONS.put("Lake Basin", List.of("Nyaloa", "Sundiri"));
		REGIONS.put("Eastern Plateau", List.of("Owela", "Marasi"));
		REGIONS.put("Coastal Lowlands", List.of("Port Selem", "Damba"));
	}

	private final AdministrativeAreas areas;

	DemoAreas(AdministrativeAreas areas) {
		this.areas = areas;
	}

	/** First among the demo seeders, so that other modules' demo records can be placed in these areas. */
	@EventListener
	@org.springframework.core.annotation.Order(0)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		int r = 0;
		for (Map.Entry<String, List<String>> region : REGIONS.entrySet()) {
			r++;
			long regionId = areas.add(event.workspaceId(), form(region.getKey(), "XM-" + r, null));
			int d = 0;
			for (String district : region.getValue()) {
				d++;
				areas.add(event.workspaceId(), form(district, "XM-" + r + "-" + d, regionId));
			}
		}
	}

	private static AreaForm form(String name, String code, Long parentId) {
		AreaForm form = new AreaForm();
		form.setName(name);
		form.setCode(code);
		form.setParentId(parentId);
		return form;
	}
}
