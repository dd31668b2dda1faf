/**
 * The shared geography kernel: a workspace's administrative areas (region, district, …) as a
 * hierarchy with a materialised path, so "everything in this region" is one prefix query; optional
 * boundaries (WKT, imported from GeoJSON and checked with JTS), the deepest area holding a point, and
 * the boundaries as GeoJSON for maps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.openasm.geo;
