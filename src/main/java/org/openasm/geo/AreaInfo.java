package org.openasm.geo;

/** What other modules may know of an administrative area. */
public record AreaInfo(long id, Long parentId, int level, String name, String code, String path) {

	public boolean within(AreaInfo ancestor) {
		return path.startsWith(ancestor.path());
	}

	/** The id of the top-level area (the region) this area lies in, read from its path: its own id at the top. */
	public long topId() {
		for (String part : path.split("/")) {
			if (!part.isBlank()) {
				return Long.parseLong(part);
			}
		}
		return id;
	}
}
