/**
 * The shared geography kernel: a workspace's administrative areas (region, district, …) as a
 * hierarchy with a materialised path, so "everything in this region" is one prefix query. Boundaries
 * and spatial queries arrive with the context analysis and the registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package org.openasm.geo;
