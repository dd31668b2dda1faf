package org.openasm.stakeholders;

/**
 * The four boxes of the influence/interest grid. On the 1–5 scales, 3 and above counts as high: a
 * stakeholder of influence 3 and interest 3 is managed closely, one of 2 and 2 is monitored.
 */
enum GridQuadrant {

	MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

	static final int HIGH = 3;

	static GridQuadrant of(int influence, int interest) {
		boolean strong = influence >= HIGH;
		boolean keen = interest >= HIGH;
		if (strong) {
			return keen ? MANAGE_CLOSELY : KEEP_SATISFIED;
		}
		return keen ? KEEP_INFORMED : MONITOR;
	}
}
