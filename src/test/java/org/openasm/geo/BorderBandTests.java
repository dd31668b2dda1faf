package org.openasm.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.Polygon;

/**
 * The border band over squares whose distances can be worked out by hand: 111.32 km per degree of
 * latitude, and 111.32 × cos(latitude) km per degree of longitude.
 */
class BorderBandTests {

	/** A one-degree square at the equator, from (0°, 0°) to (1°E, 1°N). */
	static final Polygon EQUATORIAL = square(0, 0, 1);

	@Test
	void atTheEquatorTenKilometresIsAboutNineHundredthsOfADegreeEitherWay() {
		BorderBand band = BorderBand.along(EQUATORIAL.getBoundary(), 10);
		// 0.05° above the southern edge: 0.05 × 111.32 = 5.57 km.
		assertThat(band.contains(0.5, 0.05)).isTrue();
		// 0.1° above it: 11.13 km.
		assertThat(band.contains(0.5, 0.1)).isFalse();
		// 0.08° from the eastern edge: 0.08 × 111.32 × cos(0.5°) = 8.91 km.
		assertThat(band.contains(0.92, 0.5)).isTrue();
		// The centre is 55.66 km from every edge.
		assertThat(band.contains(0.5, 0.5)).isFalse();
		// Outside the square, 0.05° beyond the western edge, is as near the border as inside it.
		assertThat(band.contains(-0.05, 0.5)).isTrue();
	}

	@Test
	void farFromTheEquatorADegreeOfLongitudeIsShorter() {
		// A square from (10°E, 60°N) to (11°E, 61°N).
		BorderBand band = BorderBand.along(square(10, 60, 1).getBoundary(), 10);
		// 0.1° east of the western edge at 60.5°N: 0.1 × 111.32 × cos(60.5°) = 5.48 km: inside the band.
		assertThat(band.contains(10.1, 60.5)).isTrue();
		// 0.1° north of the southern edge: 11.13 km, whatever the latitude: outside it.
		assertThat(band.contains(10.5, 60.1)).isFalse();
		// 0.2° east of the western edge: 10.96 km.
		assertThat(band.contains(10.2, 60.5)).isFalse();
	}

	@Test
	void theDistanceToASegmentIsMeasuredOnTheFlatProjectionAroundThePoint() {
		LineSegment meridian = new LineSegment(new Coordinate(1, 0), new Coordinate(1, 1));
		assertThat(BorderBand.distanceKm(meridian, 0.9, 0.5)).isCloseTo(0.1 * 111.32 * Math.cos(Math.toRadians(0.5)),
				org.assertj.core.data.Offset.offset(1e-9));
		// Beyond the segment's end, the distance is to that end: 0.1° south of (1°E, 0°) and 0.1° west.
		assertThat(BorderBand.distanceKm(meridian, 0.9, -0.1)).isCloseTo(Math.hypot(0.1 * 111.32 * Math.cos(Math.toRadians(-0.1)),
				0.1 * 111.32), org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void aBandOfZeroKilometresHoldsOnlyTheBorderItselfAndNoBorderHoldsNothing() {
		assertThat(BorderBand.along(EQUATORIAL.getBoundary(), 0).contains(0.5, 0.0)).isTrue();
		assertThat(BorderBand.along(EQUATORIAL.getBoundary(), 0).contains(0.5, 0.001)).isFalse();
		assertThat(BorderBand.none().isEmpty()).isTrue();
		assertThat(BorderBand.none().contains(0.5, 0.0)).isFalse();
	}

	@Test
	void theBorderOfTwoAdjoiningRegionsIsTheirUnionsOutlineNotTheLineBetweenThem() {
		AreaInfo west = new AreaInfo(1, null, 1, "West", null, "/1/");
		AreaInfo east = new AreaInfo(2, null, 1, "East", null, "/2/");
		AreaInfo district = new AreaInfo(3, 1L, 2, "Small district", null, "/1/3/");
		Geometry border = AreaLocator.border(java.util.List.of(located(district, square(0.4, 0.4, 0.2)), located(west, square(0, 0, 1)),
				located(east, square(1, 0, 1))));
		BorderBand band = BorderBand.along(border, 10);
		// On the line between the two regions, 0.5° from the outer edges: not near the border.
		assertThat(band.contains(1.0, 0.5)).isFalse();
		// Near the district's edge, which lies inside the West region: not a border either.
		assertThat(band.contains(0.4, 0.5)).isFalse();
		assertThat(band.contains(1.95, 0.5)).isTrue();
	}

	private static AreaLocator.Located located(AreaInfo area, Geometry outline) {
		return new AreaLocator.Located(area, org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(outline));
	}

	static Polygon square(double lon, double lat, double side) {
		return GeoJson.FACTORY.createPolygon(new Coordinate[] { new Coordinate(lon, lat), new Coordinate(lon + side, lat),
				new Coordinate(lon + side, lat + side), new Coordinate(lon, lat + side), new Coordinate(lon, lat) });
	}
}
