package org.openasm.context;

import java.util.List;
import org.openasm.geo.GeoJson;

/**
 * Mine sites as a GeoJSON FeatureCollection of Points: properties {@code id}, {@code name},
 * {@code commodity}, {@code depositType}, {@code legalStatus}, {@code mechanisation}, {@code scale},
 * {@code workers}, {@code minors} and {@code areaId}. Written by hand: 5,000 sites stay a few hundred kB.
 */
final class SiteGeoJson {

	private SiteGeoJson() {
	}

	static String of(List<MineSite> sites) {
		StringBuilder out = new StringBuilder(sites.size() * 260 + 50);
		out.append("{\"type\":\"FeatureCollection\",\"features\":[");
		for (int i = 0; i < sites.size(); i++) {
			MineSite s = sites.get(i);
			out.append(i == 0 ? "" : ",")
				.append("{\"type\":\"Feature\",\"id\":").append(s.getId())
				.append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
				.append(s.getLongitude().stripTrailingZeros().toPlainString()).append(',')
				.append(s.getLatitude().stripTrailingZeros().toPlainString()).append("]}")
				.append(",\"properties\":{\"id\":").append(s.getId())
				.append(",\"name\":").append(GeoJson.quote(s.getName()))
				.append(",\"commodity\":\"").append(s.getCommodity().name())
				.append("\",\"depositType\":\"").append(s.getDepositType().name())
				.append("\",\"legalStatus\":\"").append(s.getLegalStatus().name())
				.append("\",\"mechanisation\":\"").append(s.getMechanisation().name())
				.append("\",\"scale\":\"").append(s.getScale().name())
				.append("\",\"workers\":").append(s.getWorkers())
				.append(",\"minors\":").append(s.isMinors())
				.append(",\"areaId\":").append(s.getAreaId())
				.append("}}");
		}
		return out.append("]}").toString();
	}
}
