package org.openasm.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Where the map puts things: stages in order, boxes apart, flows drawn as their volumes and channels say. */
class ChainLayoutTests {

	static ChainLayout.Node node(long id, String name, ChainActorKind kind) {
		return new ChainLayout.Node(id, name, kind);
	}

	static ChainLayout.Edge edge(long id, long from, long to, String volume, boolean formal, boolean crossBorder) {
		return new ChainLayout.Edge(id, from, to, Commodity.GOLD, "kg", new BigDecimal(volume), formal, crossBorder, volume + " kg",
				from + " → " + to);
	}

	static final List<ChainLayout.Node> NODES = List.of(node(1, "Runners", ChainActorKind.INFORMAL_CHANNELS),
			node(2, "Highland miners", ChainActorKind.MINERS), node(3, "Exporter", ChainActorKind.EXPORTERS),
			node(4, "Lake miners", ChainActorKind.MINERS), node(5, "Kandor markets", ChainActorKind.NEIGHBOURING_COUNTRIES),
			node(6, "Buying centre", ChainActorKind.BUYING_CENTRES), node(7, "Another miners' group", ChainActorKind.MINERS));

	static final List<ChainLayout.Edge> EDGES = List.of(edge(10, 2, 6, "4000", true, false), edge(11, 4, 6, "1000", true, false),
			edge(12, 2, 1, "2000", false, false), edge(13, 1, 5, "2000", false, true), edge(14, 6, 3, "5000", true, false),
			edge(15, 3, 2, "10", true, false), edge(16, 2, 4, "50", true, false), edge(17, 2, 99, "1", true, false));

	@Test
	void oneColumnPerStageThatHasActorsInTheOrderOfTheStages() {
		ChainLayout layout = ChainLayout.of(NODES, EDGES);

		assertThat(layout.columns()).extracting(ChainLayout.Column::kind)
			.containsExactly(ChainActorKind.MINERS, ChainActorKind.BUYING_CENTRES, ChainActorKind.EXPORTERS,
					ChainActorKind.INFORMAL_CHANNELS, ChainActorKind.NEIGHBOURING_COUNTRIES);
		for (int i = 1; i < layout.columns().size(); i++) {
			assertThat(layout.columns().get(i).x()).isGreaterThan(layout.columns().get(i - 1).x() + ChainLayout.BOX_WIDTH);
		}
		Map<ChainActorKind, Double> columnX = new EnumMap<>(ChainActorKind.class);
		layout.columns().forEach(c -> columnX.put(c.kind(), c.x()));
		for (ChainLayout.Box box : layout.boxes()) {
			assertThat(box.x()).as(box.name()).isEqualTo(columnX.get(box.kind()));
		}
	}

	@Test
	void actorsAreStackedByNameWithinTheirColumnAndNoTwoBoxesOverlap() {
		ChainLayout layout = ChainLayout.of(NODES, EDGES);

		assertThat(layout.boxes()).hasSize(NODES.size());
		assertThat(layout.boxes().stream().filter(b -> b.kind() == ChainActorKind.MINERS).map(ChainLayout.Box::name))
			.containsExactly("Another miners' group", "Highland miners", "Lake miners");
		for (ChainLayout.Box a : layout.boxes()) {
			for (ChainLayout.Box b : layout.boxes()) {
				if (a != b) {
					assertThat(a.overlaps(b)).as(a.name() + " and " + b.name()).isFalse();
				}
			}
			assertThat(a.x() + a.width()).isLessThanOrEqualTo(layout.width());
			assertThat(a.y() + a.height()).isLessThanOrEqualTo(layout.height());
		}
	}

	@Test
	void flowsAreWiderTheLargerTheyAreDashedWhenInformalAndFlowsToUnknownActorsAreLeftOut() {
		ChainLayout layout = ChainLayout.of(NODES, EDGES);
		Map<Long, ChainLayout.Path> paths = new java.util.HashMap<>();
		layout.paths().forEach(p -> paths.put(p.id(), p));

		assertThat(paths).doesNotContainKey(17L).hasSize(7);
		assertThat(paths.get(14L).width()).isEqualTo(ChainLayout.MAX_STROKE); // the largest gold flow
		assertThat(paths.get(10L).width()).isGreaterThan(paths.get(11L).width());
		assertThat(paths.get(11L).width()).isGreaterThan(ChainLayout.MIN_STROKE);
		assertThat(paths.get(12L).dashed()).isTrue();
		assertThat(paths.get(10L).dashed()).isFalse();
		assertThat(paths.get(13L).crossBorder()).isTrue();
		assertThat(paths.get(10L).d()).startsWith("M").contains(" C");
		assertThat(paths.get(10L).arrow()).endsWith("Z");
	}

	@Test
	void flowsThatSkipAStageRunBelowTheBoxesInsteadOfThroughThem() {
		ChainLayout layout = ChainLayout.of(NODES, EDGES);
		double bottom = layout.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElseThrow();
		ChainLayout.Path skipping = layout.paths().stream().filter(p -> p.id() == 12).findFirst().orElseThrow();
		ChainLayout.Path adjacent = layout.paths().stream().filter(p -> p.id() == 10).findFirst().orElseThrow();

		assertThat(skipping.d()).contains(" L"); // along its channel
		assertThat(skipping.labelY()).isGreaterThan(bottom);
		assertThat(adjacent.d()).doesNotContain(" L");
		assertThat(layout.height()).isGreaterThan(skipping.labelY() + skipping.width());
	}

	@Test
	void flowsMeetingOneBoxSideStartFromDifferentPoints() {
		ChainLayout layout = ChainLayout.of(NODES, EDGES);
		// Highland miners send three flows out of their right side (to the buying centre, the runners, the lake miners).
		List<String> starts = layout.paths()
			.stream()
			.filter(p -> p.id() == 10 || p.id() == 12 || p.id() == 16)
			.map(p -> p.d().substring(0, p.d().indexOf(" C")))
			.toList();
		assertThat(starts).doesNotHaveDuplicates();
	}

	@Test
	void theSvgIsWellFormedAndNamesStayText() throws Exception {
		List<ChainLayout.Node> nodes = List.of(node(1, "<b>&\"x\"", ChainActorKind.MINERS), node(2, "Trader's ]]> 'yard'", ChainActorKind.TRADERS_BROKERS));
		ChainLayout layout = ChainLayout.of(nodes, List.of(edge(3, 1, 2, "12", false, false)));
		Map<ChainActorKind, String> stages = new EnumMap<>(ChainActorKind.class);
		stages.put(ChainActorKind.MINERS, "Miners & <diggers>");
		String svg = ChainSvg.render(layout, new ChainSvg.Words("Map \u0001", stages, "formal", "informal", "domestic", "cross", "none"));

		Document doc = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagName("b").getLength()).isZero();
		NodeList titles = doc.getElementsByTagName("title");
		List<String> texts = new java.util.ArrayList<>();
		for (int i = 0; i < titles.getLength(); i++) {
			texts.add(titles.item(i).getTextContent());
		}
		assertThat(texts).contains("<b>&\"x\"", "Trader's ]]> 'yard'");
		assertThat(doc.getDocumentElement().getTextContent()).contains("Miners & <diggers>");
	}

	@Test
	void longNamesWrapOnTwoLinesAndAreCut() {
		assertThat(ChainSvg.lines("Short")).containsExactly("Short");
		assertThat(ChainSvg.lines("Northern Highlands artisanal gold miners")).containsExactly("Northern Highlands", "artisanal gold miners");
		List<String> cut = ChainSvg.lines("Border markets of the Republic of Kandor and of the Federation beyond");
		assertThat(cut).hasSize(2);
		assertThat(cut.get(1)).endsWith("…");
		assertThat(cut).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ChainSvg.LINE_CHARACTERS));
	}

	@Test
	void noActorsGiveAnEmptyMapWithItsMessage() {
		String svg = ChainSvg.render(ChainLayout.of(List.of(), List.of()),
				new ChainSvg.Words("Map", Map.of(), "formal", "informal", "domestic", "cross", "Nothing yet"));
		assertThat(svg).contains("Nothing yet").startsWith("<svg");
	}
}
