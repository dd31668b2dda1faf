package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.openasm.shared.DomainRuleViolation;

class ZoneAreaInputTests {

	@Test
	void typedCornersInEitherFormAreClosed() {
		Geometry a = AreaInput.read("1.5 9.5\n1.6 9.5\n1.6,9.6\n 1.5 , 9.6 ");
		assertThat(a).isInstanceOf(Polygon.class);
		assertThat(a.getCoordinates()).hasSize(5);
		assertThat(a.getCoordinates()[4].equals2D(a.getCoordinates()[0])).isTrue();
		Geometry b = AreaInput.read("1.5 9.5; 1.6 9.5; 1.6 9.6; 1.5 9.5");
		assertThat(b.getCoordinates()).hasSize(4);
	}

	@Test
	void geoJsonGeometryFeatureOrCollectionOfOne() {
		String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[1,9],[2,9],[2,10],[1,9]]]}";
		assertThat(AreaInput.read(polygon).getArea()).isEqualTo(0.5);
		String feature = "{\"type\":\"Feature\",\"properties\":{\"name\":\"x\"},\"geometry\":" + polygon + "}";
		assertThat(AreaInput.read(feature).getArea()).isEqualTo(0.5);
		String multi = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
				+ "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[1,9],[2,9],[2,10],[1,9]]]]}}]}";
		assertThat(AreaInput.read(multi)).isInstanceOf(MultiPolygon.class);
	}

	@Test
	void refusalsNameTheReason() {
		assertRefused("", "registry.area.empty");
		assertRefused("{not json", "registry.area.unreadable");
		assertRefused("{\"type\":\"Point\",\"coordinates\":[1,9]}", "registry.area.notPolygon");
		assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[1,9],[2,9],[2,10],[1,9.5]]]}", "registry.area.ringOpen");
		assertRefused("{\"type\":\"FeatureCollection\",\"features\":[]}", "registry.area.severalFeatures");
		assertRefused("1 9\n2 x\n3 9", "registry.area.point");
		assertRefused("1 9\n2 9\n200 9", "registry.area.outOfRange");
		assertRefused("1 9\n2 9", "registry.area.tooFewPoints");
		assertRefused("1 9 4\n2 9\n2 8", "registry.area.point");
	}

	@Test
	void aSelfIntersectingAreaIsReadAsIsValidityIsACheck() {
		assertThat(AreaInput.read("0 0; 1 1; 1 0; 0 1").isValid()).isFalse();
	}

	private static void assertRefused(String text, String key) {
		assertThatThrownBy(() -> AreaInput.read(text)).isInstanceOf(DomainRuleViolation.class)
			.satisfies(e -> assertThat(((DomainRuleViolation) e).messageKey()).isEqualTo(key))
			.satisfies(e -> assertThat(((DomainRuleViolation) e).field()).isEqualTo("area"));
	}
}
