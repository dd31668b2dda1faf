package org.openasm.geo;

import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The strip of land within a distance of a jurisdiction's border, the border being the outline of the
 * union of its top-level areas' boundaries (a coast counts too: nothing in the records tells a coast
 * from a frontier). Empty when the workspace has no boundaries.
 * <p>
 * Distances are in kilometres on a local flat projection around each point asked about: 111.32 km per
 * degree of latitude, and 111.32 × cos(latitude of the point) km per degree of longitude. Over the
 * few tens of kilometres a border band spans this is within a fraction of a percent of the distance
 * on the WGS 84 ellipsoid, and needs no projection library.
 */
public final class BorderBand {

	/** Kilometres per degree of latitude, and of longitude at the equator. */
	static final double KM_PER_DEGREE = 111.32;

	private static final BorderBand NONE = new BorderBand(null, 0);

	private final STRtree segments;

	private final double km;

	private BorderBand(STRtree segments, double km) {
		this.segments = segments;
		this.km = km;
	}

	/** The band of {@code km} kilometres along the linework of {@code border} (a line, or a polygon's boundary). */
	static BorderBand along(Geometry border, double km) {
		if (border == null || border.isEmpty()) {
			return NONE;
		}
		STRtree index = new STRtree();
		for (int g = 0; g < border.getNumGeometries(); g++) {
			Coordinate[] line = border.getGeometryN(g).getCoordinates();
			for (int i = 1; i < line.length; i++) {
				LineSegment segment = new LineSegment(line[i - 1], line[i]);
				index.insert(new Envelope(line[i - 1], line[i]), segment);
			}
		}
		index.build();
		return new BorderBand(index, km);
	}

	static BorderBand none() {
		return NONE;
	}

	/** Whether there is a border at all (false when the workspace has no boundaries). */
	public boolean isEmpty() {
		return segments == null;
	}

	/** The width of the band, in kilometres. */
	public double km() {
		return km;
	}

	/** Whether the point (longitude, latitude in degrees) lies within the band's distance of the border. */
	public boolean contains(double longitude, double latitude) {
		if (segments == null) {
			return false;
		}
		double dLat = km / KM_PER_DEGREE;
		// The widest longitude window the distance can span is at the latitude of the window nearest a pole.
		double poleward = Math.min(89.0, Math.abs(latitude) + dLat);
		double dLon = km / (KM_PER_DEGREE * Math.cos(Math.toRadians(poleward)));
		@SuppressWarnings("unchecked")
		List<LineSegment> near = segments
			.query(new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat));
		return near.stream().anyMatch(s -> distanceKm(s, longitude, latitude) <= km);
	}

	/** The distance in km from the point to the segment, on the flat projection centred on the point. */
	static double distanceKm(LineSegment segment, double longitude, double latitude) {
		double kx = KM_PER_DEGREE * Math.cos(Math.toRadians(latitude));
		Coordinate a = new Coordinate((segment.p0.x - longitude) * kx, (segment.p0.y - latitude) * KM_PER_DEGREE);
		Coordinate b = new Coordinate((segment.p1.x - longitude) * kx, (segment.p1.y - latitude) * KM_PER_DEGREE);
		return Distance.pointToSegment(new Coordinate(0, 0), a, b);
	}
}
