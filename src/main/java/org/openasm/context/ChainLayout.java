package org.openasm.context;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the supply chain map draws things, as plain numbers: one column per stage that has actors, in
 * the order of {@link ChainActorKind}; actors stacked in their column by name; each flow a curve from
 * the sender's side to the receiver's, ending in an arrowhead. A flow's width grows with its volume
 * relative to the largest flow of the same commodity and unit. Forward flows leave a box on its right
 * and enter the next box on its left; flows back to an earlier stage leave on the left and enter on the
 * right; flows within a column loop out on the right. Where several flows meet a box side they are
 * spread along it, ordered by the other end's height, so they do not start from one point.
 */
public final class ChainLayout {

	static final double MARGIN = 20;

	static final double HEADER = 40;

	static final double BOX_WIDTH = 150;

	static final double BOX_HEIGHT = 46;

	static final double COLUMN_GAP = 110;

	static final double ROW_GAP = 30;

	static final double LOOP_ROOM = 70;

	static final double MIN_STROKE = 1.5;

	static final double MAX_STROKE = 14;

	static final double CHANNEL_LABEL_ROOM = 18;

	/** An actor to place. */
	public record Node(long id, String name, ChainActorKind kind) {
	}

	/**
	 * A flow to draw; {@code label} is the short text written on it, {@code title} the full description
	 * shown on hovering (both already in the reader's words).
	 */
	public record Edge(long id, long from, long to, Commodity commodity, String unit, BigDecimal volume, boolean formal,
			boolean crossBorder, String label, String title) {
	}

	/** A stage's column: its left edge and the centre its heading is written at. */
	public record Column(ChainActorKind kind, double x, double centre) {
	}

	/** An actor's box. */
	public record Box(long id, String name, ChainActorKind kind, double x, double y, double width, double height) {

		boolean overlaps(Box other) {
			return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
		}
	}

	/** A flow's curve (SVG path data), its arrowhead (a closed triangle) and where its label goes. */
	public record Path(long id, String d, String arrow, double width, boolean dashed, boolean crossBorder, String label,
			String title, double labelX, double labelY) {
	}

	private final double width;

	private final double height;

	private final List<Column> columns;

	private final List<Box> boxes;

	private final List<Path> paths;

	private ChainLayout(double width, double height, List<Column> columns, List<Box> boxes, List<Path> paths) {
		this.width = width;
		this.height = height;
		this.columns = columns;
		this.boxes = boxes;
		this.paths = paths;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public List<Column> columns() {
		return columns;
	}

	public List<Box> boxes() {
		return boxes;
	}

	public List<Path> paths() {
		return paths;
	}

	/** Lays out these actors and the flows between them (flows naming an actor not given are left out). */
	public static ChainLayout of(List<Node> nodes, List<Edge> edges) {
		Map<ChainActorKind, List<Node>> byKind = new EnumMap<>(ChainActorKind.class);
		nodes.stream()
			.sorted(Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER))
			.forEach(n -> byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n));
		List<Column> columns = new ArrayList<>();
		List<Box> boxes = new ArrayList<>();
		Map<Long, Box> boxOf = new HashMap<>();
		Map<Long, Integer> columnOf = new HashMap<>();
		int rows = 0;
		for (ChainActorKind kind : ChainActorKind.values()) {
			List<Node> stage = byKind.get(kind);
			if (stage == null) {
				continue;
			}
			int index = columns.size();
			double x = MARGIN + index * (BOX_WIDTH + COLUMN_GAP);
			columns.add(new Column(kind, x, x + BOX_WIDTH / 2));
			for (int row = 0; row < stage.size(); row++) {
				Node node = stage.get(row);
				Box box = new Box(node.id(), node.name(), kind, x, HEADER + row * (BOX_HEIGHT + ROW_GAP), BOX_WIDTH, BOX_HEIGHT);
				boxes.add(box);
				boxOf.put(node.id(), box);
				columnOf.put(node.id(), index);
			}
			rows = Math.max(rows, stage.size());
		}
		double width = columns.isEmpty() ? 2 * MARGIN + BOX_WIDTH
				: MARGIN * 2 + columns.size() * BOX_WIDTH + (columns.size() - 1) * COLUMN_GAP + LOOP_ROOM;
		double boxesBottom = HEADER + Math.max(rows, 1) * (BOX_HEIGHT + ROW_GAP) - ROW_GAP;

		List<Edge> drawn = edges.stream()
			.filter(e -> boxOf.containsKey(e.from()) && boxOf.containsKey(e.to()) && e.from() != e.to())
			.toList();
		Map<String, BigDecimal> largest = new HashMap<>();
		drawn.forEach(e -> largest.merge(scale(e), e.volume(), BigDecimal::max));
		Map<Long, Double> strokes = new HashMap<>();
		drawn.forEach(e -> strokes.put(e.id(), stroke(e.volume(), largest.get(scale(e)))));

		// Flows that skip a column run along a channel below the boxes, so they never cross a box; flows
		// whose runs do not overlap share a channel.
		List<Edge> skipping = drawn.stream()
			.filter(e -> Math.abs(columnOf.get(e.to()) - columnOf.get(e.from())) >= 2)
			.sorted(Comparator.comparingInt((Edge e) -> Math.abs(columnOf.get(e.to()) - columnOf.get(e.from())))
				.thenComparingInt(e -> Math.min(columnOf.get(e.to()), columnOf.get(e.from()))))
			.toList();
		List<Channel> channels = new ArrayList<>();
		Map<Long, Channel> channelOf = new HashMap<>();
		for (Edge e : skipping) {
			int low = Math.min(columnOf.get(e.to()), columnOf.get(e.from()));
			int high = Math.max(columnOf.get(e.to()), columnOf.get(e.from()));
			Channel channel = channels.stream().filter(c -> c.free(low, high)).findFirst().orElseGet(() -> {
				Channel added = new Channel();
				channels.add(added);
				return added;
			});
			channel.take(low, high, strokes.get(e.id()));
			channelOf.put(e.id(), channel);
		}
		double y = boxesBottom + 10;
		for (Channel channel : channels) {
			// Room above each channel for the labels written on it.
			y += CHANNEL_LABEL_ROOM + channel.thickness / 2;
			channel.y = y;
			y += channel.thickness / 2;
		}
		double height = Math.max(boxesBottom, y) + MARGIN;

		// Which side of which box each flow starts and ends on, then spread the flows along each side;
		// flows going to a channel leave from the bottom of the side.
		Map<String, List<End>> sides = new HashMap<>();
		Map<Long, End[]> ends = new HashMap<>();
		for (Edge e : drawn) {
			int from = columnOf.get(e.from());
			int to = columnOf.get(e.to());
			boolean startRight = to >= from;
			boolean endLeft = to > from;
			double below = channelOf.containsKey(e.id()) ? channelOf.get(e.id()).order(channels) : -1;
			End start = new End(boxOf.get(e.from()), startRight, boxOf.get(e.to()), below);
			End end = new End(boxOf.get(e.to()), !endLeft, boxOf.get(e.from()), below);
			sides.computeIfAbsent(start.key(), k -> new ArrayList<>()).add(start);
			sides.computeIfAbsent(end.key(), k -> new ArrayList<>()).add(end);
			ends.put(e.id(), new End[] { start, end });
		}
		for (List<End> side : sides.values()) {
			side.sort(Comparator.comparingDouble((End end) -> end.below).thenComparingDouble(end -> end.other.y())
				.thenComparingDouble(end -> end.other.x()));
			for (int i = 0; i < side.size(); i++) {
				End end = side.get(i);
				end.y = end.box.y() + end.box.height() * (i + 1) / (side.size() + 1);
				end.x = end.right ? end.box.x() + end.box.width() : end.box.x();
			}
		}
		List<Path> paths = new ArrayList<>();
		for (Edge e : drawn) {
			End[] pair = ends.get(e.id());
			Channel channel = channelOf.get(e.id());
			paths.add(path(e, pair[0], pair[1], strokes.get(e.id()), channel == null ? null : channel.y));
		}
		return new ChainLayout(width, height, List.copyOf(columns), List.copyOf(boxes), List.copyOf(paths));
	}

	private static String scale(Edge e) {
		return e.commodity() + "/" + (e.unit() == null ? "" : e.unit().strip().toLowerCase(Locale.ROOT));
	}

	private static double stroke(BigDecimal volume, BigDecimal largest) {
		if (largest == null || largest.signum() <= 0) {
			return MIN_STROKE;
		}
		return MIN_STROKE + (MAX_STROKE - MIN_STROKE) * volume.divide(largest, MathContext.DECIMAL64).doubleValue();
	}

	private static Path path(Edge e, End start, End end, double stroke, Double channelY) {
		double arrowLength = 8 + stroke * 0.8;
		double arrowHalf = 4 + stroke * 0.6;
		// Arrowheads point right when the flow enters a box on its left, left when it enters on its right.
		double direction = end.right ? -1 : 1;
		double x1 = start.x;
		double y1 = start.y;
		double tipX = end.x;
		double y2 = end.y;
		double x2 = tipX - direction * arrowLength;
		String arrow = "M" + n(tipX) + " " + n(y2) + " L" + n(x2) + " " + n(y2 - arrowHalf) + " L" + n(x2) + " " + n(y2 + arrowHalf)
				+ " Z";
		if (channelY != null) {
			// Down into the gap beside the sender, along the channel, up into the gap beside the receiver.
			double out = start.right ? 1 : -1;
			double xa = x1 + out * COLUMN_GAP / 2;
			double xb = tipX + out * -1 * COLUMN_GAP / 2;
			double q = COLUMN_GAP / 4;
			String d = "M" + n(x1) + " " + n(y1) + " C" + n(x1 + out * q) + " " + n(y1) + " " + n(xa - out * q) + " " + n(channelY)
					+ " " + n(xa) + " " + n(channelY) + " L" + n(xb) + " " + n(channelY) + " C" + n(xb + out * q) + " " + n(channelY)
					+ " " + n(x2 - out * q / 2) + " " + n(y2) + " " + n(x2) + " " + n(y2);
			return new Path(e.id(), d, arrow, round(stroke), !e.formal(), e.crossBorder(), e.label(), e.title(), round((xa + xb) / 2),
					round(channelY - stroke / 2 - 3));
		}
		double c1x;
		double c2x;
		if (start.right && !end.right) {
			double bend = Math.max(40, (x2 - x1) / 2);
			c1x = x1 + bend;
			c2x = x2 - bend;
		}
		else if (!start.right && end.right) {
			double bend = Math.max(40, (x1 - x2) / 2);
			c1x = x1 - bend;
			c2x = x2 + bend;
		}
		else {
			double bend = Math.min(LOOP_ROOM - 10, 30 + Math.abs(y2 - y1) * 0.1);
			c1x = x1 + bend;
			c2x = x2 + bend;
		}
		String d = "M" + n(x1) + " " + n(y1) + " C" + n(c1x) + " " + n(y1) + " " + n(c2x) + " " + n(y2) + " " + n(x2) + " " + n(y2);
		// The point halfway along a cubic Bézier curve: (P0 + 3 P1 + 3 P2 + P3) / 8.
		double labelX = (x1 + 3 * c1x + 3 * c2x + x2) / 8;
		double labelY = (y1 + 3 * y1 + 3 * y2 + y2) / 8 - stroke / 2 - 3;
		return new Path(e.id(), d, arrow, round(stroke), !e.formal(), e.crossBorder(), e.label(), e.title(), round(labelX), round(labelY));
	}

	/** A horizontal lane below the boxes, shared by flows whose runs (in columns) do not overlap. */
	private static final class Channel {

		final List<int[]> runs = new ArrayList<>();

		double thickness;

		double y;

		boolean free(int low, int high) {
			return runs.stream().noneMatch(r -> low < r[1] && r[0] < high);
		}

		void take(int low, int high, double stroke) {
			runs.add(new int[] { low, high });
			thickness = Math.max(thickness, stroke);
		}

		double order(List<Channel> all) {
			return all.indexOf(this);
		}
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A number as SVG wants it: a dot for decimals whatever the reader's language. */
	static String n(double value) {
		double r = round(value);
		return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
	}

	/** One end of a flow on a box side; its point is fixed once all flows on that side are known. */
	private static final class End {

		final Box box;

		final boolean right;

		final Box other;

		/** The channel the flow runs along (lower ones first), or -1 for a flow that goes straight. */
		final double below;

		double x;

		double y;

		End(Box box, boolean right, Box other, double below) {
			this.box = box;
			this.right = right;
			this.other = other;
			this.below = below;
		}

		String key() {
			return box.id() + (right ? "R" : "L");
		}
	}
}
