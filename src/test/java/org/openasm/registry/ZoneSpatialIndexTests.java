package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.openasm.registry.SpatialIndex.Change;
import org.openasm.registry.SpatialIndex.Hit;
import org.openasm.registry.SpatialIndex.Kind;

/** The index against a hand-driven source: what a refresh picks up, what it drops, and removals it can only infer. */
class ZoneSpatialIndexTests {

	/** Rows by kind and id with their spatial_seq; null hit = no longer holding ground. */
	static final class Rows implements SpatialIndex.Source {

		long seq;

		final Map<String, Change> rows = new LinkedHashMap<>();

		void put(Kind kind, long id, Hit now) {
			seq++;
			rows.put(kind + ":" + id, new Change(kind, id, seq, now));
		}

		void delete(Kind kind, long id) {
			seq++;
			rows.remove(kind + ":" + id);
		}

		@Override
		public long spatialSeq(long workspaceId) {
			return seq;
		}

		@Override
		public List<Change> changes(long workspaceId, long after, long upTo) {
			return rows.values().stream().filter(c -> c.seq() > after && c.seq() <= upTo).filter(c -> after >= 0 || c.now() != null).toList();
		}

		@Override
		public List<Hit> zonesAndProtectedAreas(long workspaceId) {
			return rows.values().stream().filter(c -> c.now() != null).map(Change::now)
				.filter(h -> h.kind() == Kind.ZONE || h.kind() == Kind.PROTECTED_AREA).toList();
		}
	}

	static Hit licence(long id, double lon, double lat) {
		return new Hit(Kind.LICENCE, id, "L" + id, "ACTIVE", null, null, SpatialIndex.compact(ZoneCheckRulesTests.square(lon, lat, 0.01)));
	}

	@Test
	void aRefreshAppliesChangesAndSkipsWhatIsNoLongerLive() {
		Rows rows = new Rows();
		rows.put(Kind.LICENCE, 1, licence(1, 1, 9));
		rows.put(Kind.LICENCE, 2, licence(2, 1.005, 9));
		SpatialIndex index = new SpatialIndex(rows);
		var probe = ZoneCheckRulesTests.square(1.004, 9.001, 0.002);
		assertThat(index.overlapping(7, probe, EnumSet.of(Kind.LICENCE))).extracting(Hit::id).containsExactlyInAnyOrder(1L, 2L);
		assertThat(index.seen(7)).isEqualTo(2);

		rows.put(Kind.LICENCE, 1, null); // revoked
		assertThat(index.overlapping(7, probe, EnumSet.of(Kind.LICENCE))).hasSize(2); // not refreshed yet
		index.refresh(7);
		assertThat(index.overlapping(7, probe, EnumSet.of(Kind.LICENCE))).extracting(Hit::id).containsExactly(2L);

		rows.put(Kind.LICENCE, 2, licence(2, 2, 9)); // moved away (a correction)
		index.refresh(7);
		assertThat(index.overlapping(7, probe, EnumSet.of(Kind.LICENCE))).isEmpty();
		assertThat(index.sizes(7).get(Kind.LICENCE)).isEqualTo(1);
	}

	/** A database restored from a backup under a running instance: its numbers go back, and the index starts again. */
	@Test
	void aCommittedNumberLowerThanTheOneSeenReloadsTheWorkspace() {
		Rows before = new Rows();
		before.put(Kind.LICENCE, 1, licence(1, 1, 9));
		before.put(Kind.LICENCE, 2, licence(2, 1.005, 9));
		before.put(Kind.LICENCE, 3, licence(3, 3, 9));
		Rows restored = new Rows();
		restored.put(Kind.LICENCE, 9, licence(9, 2, 9));
		Rows[] now = { before };
		SpatialIndex index = new SpatialIndex(new SpatialIndex.Source() {
			@Override
			public long spatialSeq(long workspaceId) {
				return now[0].spatialSeq(workspaceId);
			}

			@Override
			public List<Change> changes(long workspaceId, long after, long upTo) {
				return now[0].changes(workspaceId, after, upTo);
			}

			@Override
			public List<Hit> zonesAndProtectedAreas(long workspaceId) {
				return now[0].zonesAndProtectedAreas(workspaceId);
			}
		});
		var probe = ZoneCheckRulesTests.square(1.004, 9.001, 0.002);
		assertThat(index.overlapping(7, probe, EnumSet.of(Kind.LICENCE))).hasSize(2);
		assertThat(index.seen(7)).isEqualTo(3);

		now[0] = restored; // spatial_seq 1 < 3
		index.refresh(7);
		assertThat(index.seen(7)).isEqualTo(1);
		assertThat(index.overlapping(7, probe, EnumSet.of(Kind.LICENCE))).isEmpty();
		assertThat(index.sizes(7).get(Kind.LICENCE)).isEqualTo(1);
	}

	@Test
	void touchingEdgesAreNotAnOverlap() {
		Rows rows = new Rows();
		rows.put(Kind.LICENCE, 1, licence(1, 1, 9));
		SpatialIndex index = new SpatialIndex(rows);
		assertThat(index.overlapping(7, ZoneCheckRulesTests.square(1.01, 9, 0.01), EnumSet.allOf(Kind.class))).isEmpty();
		assertThat(index.overlapping(7, ZoneCheckRulesTests.square(1.0099, 9, 0.01), EnumSet.allOf(Kind.class))).hasSize(1);
	}

	@Test
	void aRemovedZoneIsInferredFromAGapInTheNumbers() {
		Rows rows = new Rows();
		Hit zone = new Hit(Kind.ZONE, 1, "Kanta", null, null, 2, ZoneCheckRulesTests.square(1, 9, 0.1));
		rows.put(Kind.ZONE, 1, zone);
		rows.put(Kind.LICENCE, 5, licence(5, 1.02, 9.02));
		SpatialIndex index = new SpatialIndex(rows);
		var inside = ZoneCheckRulesTests.square(1.05, 9.05, 0.001);
		assertThat(index.zonesContaining(7, inside)).extracting(Hit::label).containsExactly("Kanta");
		assertThat(index.licencesInZone(7, 1)).extracting(Hit::id).containsExactly(5L);
		rows.delete(Kind.ZONE, 1);
		index.refresh(7);
		assertThat(index.zonesContaining(7, inside)).isEmpty();
		assertThat(index.seen(7)).isEqualTo(3);
	}

	@Test
	void manyChangesRebuildTheTreeAndQueriesStayRight() {
		Rows rows = new Rows();
		rows.put(Kind.LICENCE, 1, licence(1, 0, 8));
		SpatialIndex index = new SpatialIndex(rows);
		index.refresh(7);
		List<Long> expected = new ArrayList<>();
		for (int i = 2; i < 1000; i++) {
			rows.put(Kind.LICENCE, i, licence(i, 0.02 * (i % 40), 8 + 0.02 * (i / 40)));
			if (i % 40 < 5 && i / 40 < 5) {
				expected.add((long) i);
			}
			if (i % 100 == 0) {
				index.refresh(7);
			}
		}
		index.refresh(7);
		List<Hit> box = index.inBox(7, new Envelope(0.001, 0.095, 8.001, 8.095), EnumSet.of(Kind.LICENCE), 1000);
		expected.add(1L);
		assertThat(box).extracting(Hit::id).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(index.inBox(7, new Envelope(0, 1, 8, 9), EnumSet.of(Kind.LICENCE), 10)).hasSize(11);
		assertThat(index.find(7, Kind.LICENCE, 999)).isPresent();
	}
}
