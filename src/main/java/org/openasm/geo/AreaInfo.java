package org.openasm.geo;

/** What other modules may know of an administrative area. */
public record AreaInfo(long id, Long parentId, int level, String name, String code, String path) {

	public boolean within(AreaInfo ancestor) {
		return path.startsWith(ancestor.path());
	}
}
