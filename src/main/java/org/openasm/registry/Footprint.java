package org.openasm.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.openasm.geo.GeoJson;

/**
 * The ground a licence, application, zone or protected area covers: a polygon (or multipolygon) in
 * longitude/latitude, its envelope and its area in hectares.
 * <p>
 * The area is measured on a local flat projection around the polygon's centre, as the geo module
 * measures distances: 111.32 km per degree of latitude and 111.32 × cos(latitude) km per degree of
 * longitude. For plots of a few hectares to a few thousand, the error against the WGS 84 ellipsoid is
 * well under one percent, which is below what a GPS reading on the ground gives.
 */
record Footprint(Geometry geometry, BigDecimal hectares) {

	static final double KM_PER_DEGREE = 111.32;

	/** The footprint of an already valid polygon; the caller has checked validity and the kind of geometry. */
	static Footprint of(Geometry geometry) {
		return new Footprint(geometry, hectaresOf(geometry));
	}

	/** Reads a stored boundary back. */
	static Footprint ofWkt(String wkt) {
		try {
			Geometry g = new WKTReader(GeoJson.FACTORY).read(wkt);
			return of(g);
		}
		catch (ParseException e) {
			throw new IllegalStateException("A stored boundary is not WKT: " + e.getMessage(), e);
		}
	}

	/** The area in hectares, to four decimals (a square metre is 0.0001 ha). */
	static BigDecimal hectaresOf(Geometry geometry) {
		double latitude = geometry.getEnvelopeInternal().centre().y;
		double kmPerLonDegree = KM_PER_DEGREE * Math.cos(Math.toRadians(latitude));
		double squareKm = geometry.getArea() * KM_PER_DEGREE * kmPerLonDegree;
		return BigDecimal.valueOf(squareKm * 100).setScale(4, RoundingMode.HALF_UP);
	}

	Envelope envelope() {
		return geometry.getEnvelopeInternal();
	}

	String wkt() {
		return geometry.toText();
	}
}
