package org.openasm.registry;

import org.openasm.shared.DomainRuleViolation;

/** A map view's box as {@code minLon,minLat,maxLon,maxLat} in degrees: four numbers, in range, min not above max. */
final class RegisterMapBox {

	private RegisterMapBox() {
	}

	static double[] parse(String bbox) {
		String[] parts = bbox == null ? new String[0] : bbox.split(",");
		if (parts.length != 4) {
			throw new DomainRuleViolation("bbox", "registry.bbox.unreadable", bbox);
		}
		double[] box = new double[4];
		try {
			for (int i = 0; i < 4; i++) {
				box[i] = Double.parseDouble(parts[i].strip());
			}
		}
		catch (NumberFormatException e) {
			throw new DomainRuleViolation("bbox", "registry.bbox.unreadable", bbox);
		}
		boolean inRange = Math.abs(box[0]) <= 180 && Math.abs(box[2]) <= 180 && Math.abs(box[1]) <= 90 && Math.abs(box[3]) <= 90;
		if (!inRange || box[0] > box[2] || box[1] > box[3]) {
			throw new DomainRuleViolation("bbox", "registry.bbox.unreadable", bbox);
		}
		return box;
	}
}
