package org.openasm.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;

/** Point-in-area over the demo outlines, and every refusal of a boundary import, without a database. */
class AreaBoundaryTests {

	static final Map<String, Geometry> OUTLINES = DemoAreas.outlines();

	static final AreaInfo NORTH = new AreaInfo(1, null, 1, "Northern Highlands", "XM-1", "/1/");

	static final AreaInfo KIRRU = new AreaInfo(2, 1L, 2, "Kirru", "XM-1-1", "/1/2/");

	static final AreaInfo TAMBALI = new AreaInfo(3, 1L, 2, "Tambali", "XM-1-2", "/1/3/");

	static final AreaInfo COAST = new AreaInfo(4, null, 1, "Coastal Lowlands", "XM-4", "/4/");

	static List<AreaLocator.Located> located() {
		List<AreaLocator.Located> list = new ArrayList<>();
		for (AreaInfo a : List.of(NORTH, KIRRU, TAMBALI, COAST)) {
			list.add(new AreaLocator.Located(a, PreparedGeometryFactory.prepare(OUTLINES.get(a.name()))));
		}
		list.sort(Comparator.comparingInt((AreaLocator.Located l) -> l.area().level()).reversed());
		return list;
	}

	@Test
	void aPointInKirruIsInKirruAndSoInTheNorthernHighlands() {
		AreaInfo found = AreaLocator.deepest(located(), 0.7, 11.2).orElseThrow();
		assertThat(found).isEqualTo(KIRRU);
		assertThat(found.within(NORTH)).isTrue();
		assertThat(AreaLocator.deepest(located(), 2.0, 11.0)).contains(TAMBALI);
	}

	@Test
	void aPointOnNoAreaHasNone() {
		assertThat(AreaLocator.deepest(located(), 10.0, 11.0)).isEmpty();
		assertThat(AreaLocator.deepest(located(), 0.7, 12.5)).isEmpty();
	}

	@Test
	void theDemoRegionsTileTheirDistrictsWithoutGapsOrOverlaps() {
		Geometry north = OUTLINES.get("Northern Highlands");
		double districts = OUTLINES.get("Kirru").getArea() + OUTLINES.get("Tambali").getArea() + OUTLINES.get("Osso Ridge").getArea();
		assertThat(north.getArea()).isCloseTo(districts, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(north.isValid()).isTrue();
	}

	@Test
	void aGoodCollectionIsPlannedParentsFirst() {
		String json = collection(feature("Kirru", "K1", "N1", square(0.2, 10.6, 0.5)), feature("North", "N1", "", square(0, 10.5, 1.5)));
		List<AreaBoundaryImport.Planned> planned = AreaBoundaryImport.check(bytes(json), List.of(), List.of());
		assertThat(planned).extracting(AreaBoundaryImport.Planned::code).containsExactly("N1", "K1");
	}

	@Test
	void anOpenRingIsRefused() {
		String open = "{\"type\":\"Polygon\",\"coordinates\":[[[0,10],[1,10],[1,11],[0,11]]]}";
		assertThat(refusal(collection(feature("A", "A", "", open)))).extracting(RowError::messageKey).containsExactly("geojson.ring.open");
		String shortRing = "{\"type\":\"Polygon\",\"coordinates\":[[[0,10],[1,10],[0,10]]]}";
		assertThat(refusal(collection(feature("A", "A", "", shortRing)))).extracting(RowError::messageKey)
			.containsExactly("geojson.ring.tooShort");
	}

	@Test
	void aSelfIntersectingPolygonIsRefusedWithJtsReason() {
		String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,10],[1,11],[1,10],[0,11],[0,10]]]}";
		List<RowError> errors = refusal(collection(feature("A", "A", "", bowTie)));
		assertThat(errors).extracting(RowError::messageKey).containsExactly("areaImport.geometry.invalid");
		assertThat(errors.get(0).args()[0].toString()).contains("Self-intersection");
	}

	@Test
	void anotherCoordinateSystemIsRefused() {
		String json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::32631\"}},"
				+ "\"features\":[" + feature("A", "A", "", square(0, 10, 1)) + "]}";
		assertThat(refusal(json)).extracting(RowError::messageKey).containsExactly("geojson.crs");
	}

	@Test
	void coordinatesOutsideTheGlobeAreRefused() {
		String json = collection(feature("A", "A", "", square(179.5, 10, 1)));
		assertThat(refusal(json)).extracting(RowError::messageKey).containsExactly("geojson.position.outOfRange");
	}

	@Test
	void aPolygonWithLatitudeAndLongitudeSwappedIsRefused() {
		// Kirru typed latitude first: (11.2, 0.7) lies in the Gulf of Guinea, its mirror in Kirru.
		String swapped = "{\"type\":\"Polygon\",\"coordinates\":[[[11.0,0.5],[11.0,0.9],[11.4,0.9],[11.4,0.5],[11.0,0.5]]]}";
		List<Geometry> tops = List.of(OUTLINES.get("Northern Highlands"), OUTLINES.get("Coastal Lowlands"));
		assertThatThrownBy(() -> AreaBoundaryImport.check(bytes(collection(feature("K", "K", "", swapped))), List.of(), tops))
			.isInstanceOfSatisfying(ImportRejected.class, ex -> assertThat(ex.errors()).extracting(RowError::messageKey)
				.containsExactly("areaImport.geometry.swapped"));
		// The same outline the right way round is accepted.
		String right = square(0.5, 11.0, 0.4);
		assertThat(AreaBoundaryImport.check(bytes(collection(feature("K", "K", "", right))), List.of(), tops)).hasSize(1);
	}

	@Test
	void everyWrongFeatureIsReportedByItsNumberAndNothingIsPlanned() {
		String bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,10],[1,11],[1,10],[0,11],[0,10]]]}";
		String json = collection(feature("Good", "G", "", square(0, 10, 1)), feature("", "B", "", square(0, 10, 1)),
				feature("Bow", "C", "", bowTie), feature("Orphan", "D", "NOPE", square(0, 10, 1)));
		assertThat(refusal(json)).extracting(RowError::row, RowError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "name"), org.assertj.core.groups.Tuple.tuple(3, "geometry"),
					org.assertj.core.groups.Tuple.tuple(4, "parent"));
	}

	static List<RowError> refusal(String json) {
		try {
			AreaBoundaryImport.check(bytes(json), List.of(), List.of());
		}
		catch (ImportRejected ex) {
			return ex.errors();
		}
		throw new AssertionError("not refused");
	}

	static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	static String collection(String... features) {
		return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
	}

	static String feature(String name, String code, String parent, String geometry) {
		return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\",\"code\":\"" + code + "\",\"parent\":\"" + parent
				+ "\"},\"geometry\":" + geometry + "}";
	}

	static String square(double west, double south, double size) {
		double e = west + size;
		double n = south + size;
		return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + e + "," + south + "],[" + e + "," + n + "],["
				+ west + "," + n + "],[" + west + "," + south + "]]]}";
	}
}
