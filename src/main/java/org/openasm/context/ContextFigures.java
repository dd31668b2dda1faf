package org.openasm.context;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openasm.documents.Block;
import org.openasm.geo.AdministrativeAreas;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pictures of the context analysis output, drawn on the server from the records (no tile server,
 * no browser): the map of the sites over the area boundaries, coloured by commodity with a legend, and
 * the supply chain diagram from the same layout as the page's SVG. Text uses the DejaVu Sans font the
 * documents carry, so names in any Latin, Greek or Cyrillic script come out.
 */
@Component
class ContextFigures {

	static final Map<Commodity, Color> COLOURS = new EnumMap<>(Map.of(Commodity.GOLD, new Color(0xC9, 0x8B, 0x00),
			Commodity.TIN_TANTALUM_TUNGSTEN, new Color(0x4A, 0x6F, 0x8A), Commodity.DIAMONDS, new Color(0x6A, 0x3D, 0x9A),
			Commodity.COLOURED_GEMSTONES, new Color(0xC0, 0x39, 0x2B), Commodity.COBALT_COPPER, new Color(0x1B, 0x9E, 0x77),
			Commodity.DEVELOPMENT_MINERALS, new Color(0x8C, 0x6D, 0x46), Commodity.SALT, new Color(0x5B, 0xA3, 0xD0),
			Commodity.OTHER, new Color(0x55, 0x55, 0x55)));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiteRegister sites;

	private final AdministrativeAreas areas;

	private final ChainMap chain;

	private final ChainRegister chainRecords;

	private final MessageSource messages;

	private final Font font = font("DejaVuSans.ttf");

	ContextFigures(SiteRegister sites, AdministrativeAreas areas, ChainMap chain, ChainRegister chainRecords, MessageSource messages) {
		this.sites = sites;
		this.areas = areas;
		this.chain = chain;
		this.chainRecords = chainRecords;
		this.messages = messages;
	}

	/** The sites over the area boundaries; empty when there is nothing to draw. */
	@Transactional(readOnly = true)
	java.util.Optional<Block.Figure> siteMap(long workspaceId, Locale locale) {
		List<double[][]> rings = new ArrayList<>();
		List<Integer> ringLevels = new ArrayList<>();
		JsonNode boundaries = JSON.readTree(areas.boundariesGeoJson(workspaceId));
		for (JsonNode feature : boundaries.path("features")) {
			int level = feature.path("properties").path("level").asInt(1);
			JsonNode geometry = feature.path("geometry");
			List<JsonNode> polygons = new ArrayList<>();
			if ("Polygon".equals(geometry.path("type").asString())) {
				polygons.add(geometry.path("coordinates"));
			}
			else if ("MultiPolygon".equals(geometry.path("type").asString())) {
				geometry.path("coordinates").forEach(polygons::add);
			}
			for (JsonNode polygon : polygons) {
				for (JsonNode ring : polygon) {
					double[][] points = new double[ring.size()][];
					for (int i = 0; i < ring.size(); i++) {
						points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
					}
					rings.add(points);
					ringLevels.add(level);
				}
			}
		}
		List<MineSite> all = sites.sites(workspaceId);
		if (rings.isEmpty() && all.isEmpty()) {
			return java.util.Optional.empty();
		}
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (double[][] ring : rings) {
			for (double[] p : ring) {
				minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
			}
		}
		for (MineSite s : all) {
			double x = s.getLongitude().doubleValue();
			double y = s.getLatitude().doubleValue();
			minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
		}
		double spanX = Math.max(maxX - minX, 0.01);
		double spanY = Math.max(maxY - minY, 0.01);
		// Longitude shrinks with latitude: scale x by cos(mid-latitude) so the country keeps its shape.
		double aspect = Math.cos(Math.toRadians((minY + maxY) / 2));
		int mapWidth = 1000;
		int mapHeight = (int) Math.max(300, Math.min(1400, mapWidth * spanY / (spanX * aspect)));
		int legendWidth = 480;
		int margin = 20;
		BufferedImage image = new BufferedImage(mapWidth + legendWidth + 2 * margin, mapHeight + 2 * margin, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		double scale = Math.min(mapWidth / (spanX * aspect), mapHeight / spanY);
		double x0 = minX, y0 = maxY;
		java.util.function.DoubleUnaryOperator px = lon -> margin + (lon - x0) * aspect * scale;
		java.util.function.DoubleUnaryOperator py = lat -> margin + (y0 - lat) * scale;
		for (int i = 0; i < rings.size(); i++) {
			Path2D path = new Path2D.Double();
			double[][] ring = rings.get(i);
			for (int j = 0; j < ring.length; j++) {
				if (j == 0) {
					path.moveTo(px.applyAsDouble(ring[j][0]), py.applyAsDouble(ring[j][1]));
				}
				else {
					path.lineTo(px.applyAsDouble(ring[j][0]), py.applyAsDouble(ring[j][1]));
				}
			}
			path.closePath();
			boolean region = ringLevels.get(i) <= 1;
			if (region) {
				g.setColor(new Color(0xF1, 0xEF, 0xE8));
				g.fill(path);
			}
			g.setColor(region ? new Color(0x44, 0x44, 0x44) : new Color(0xAA, 0xAA, 0xAA));
			g.setStroke(new BasicStroke(region ? 2f : 0.8f));
			g.draw(path);
		}
		Map<Commodity, Integer> counts = new EnumMap<>(Commodity.class);
		for (MineSite s : all) {
			counts.merge(s.getCommodity(), 1, Integer::sum);
			g.setColor(COLOURS.get(s.getCommodity()));
			double x = px.applyAsDouble(s.getLongitude().doubleValue());
			double y = py.applyAsDouble(s.getLatitude().doubleValue());
			g.fill(new Ellipse2D.Double(x - 4, y - 4, 8, 8));
		}
		int lx = mapWidth + 2 * margin;
		int ly = margin + 10;
		g.setColor(Color.DARK_GRAY);
		g.setFont(font.deriveFont(Font.BOLD, 18f));
		g.drawString(text(locale, "context.figure.legend"), lx, ly + 14);
		g.setFont(font.deriveFont(16f));
		for (Map.Entry<Commodity, Integer> e : counts.entrySet()) {
			ly += 30;
			g.setColor(COLOURS.get(e.getKey()));
			g.fill(new Ellipse2D.Double(lx, ly, 14, 14));
			g.setColor(Color.DARK_GRAY);
			g.drawString(text(locale, "commodity." + e.getKey()) + " (" + e.getValue() + ")", lx + 22, ly + 13);
		}
		g.dispose();
		return java.util.Optional.of(new Block.Figure(png(image), image.getWidth(), image.getHeight(),
				text(locale, "context.figure.map", all.size())));
	}

	/**
	 * The supply chain diagram for a printed page: the stages of the page's map from top to bottom
	 * (miners first), the actors of a stage side by side, each flow an arrow from its sender to its
	 * receiver labelled with its volume, thicker for larger volumes, dashed when informal, red when it
	 * crosses a border. Empty when the commodity has no flow.
	 */
	@Transactional(readOnly = true)
	java.util.Optional<Block.Figure> supplyChain(long workspaceId, Commodity commodity, Locale locale) {
		ChainLayout layout = chain.layout(workspaceId, commodity, locale);
		if (layout.paths().isEmpty()) {
			return java.util.Optional.empty();
		}
		Map<Long, Double> strokes = new java.util.HashMap<>();
		Map<Long, String> labels = new java.util.HashMap<>();
		layout.paths().forEach(p -> {
			strokes.put(p.id(), p.width());
			labels.put(p.id(), p.label());
		});
		List<List<ChainLayout.Box>> rows = new ArrayList<>();
		for (ChainLayout.Column column : layout.columns()) {
			List<ChainLayout.Box> stage = layout.boxes().stream().filter(b -> b.kind() == column.kind())
				.sorted(java.util.Comparator.comparingDouble(ChainLayout.Box::y)).toList();
			if (!stage.isEmpty()) {
				rows.add(stage);
			}
		}
		int boxWidth = 230, boxHeight = 50, gapX = 40, gapY = 90, margin = 30, headingWidth = 190;
		int widest = rows.stream().mapToInt(List::size).max().orElse(1);
		int width = Math.max(1000, headingWidth + margin * 2 + widest * boxWidth + (widest - 1) * gapX);
		int height = margin * 2 + rows.size() * boxHeight + (rows.size() - 1) * gapY;
		Map<Long, java.awt.geom.Rectangle2D> place = new java.util.HashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			List<ChainLayout.Box> stage = rows.get(r);
			double total = stage.size() * boxWidth + (stage.size() - 1) * gapX;
			double left = headingWidth + margin + (width - headingWidth - margin * 2 - total) / 2;
			for (int i = 0; i < stage.size(); i++) {
				place.put(stage.get(i).id(), new java.awt.geom.Rectangle2D.Double(left + i * (boxWidth + gapX), margin + r * (boxHeight + gapY),
						boxWidth, boxHeight));
			}
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = canvas(image);
		g.setFont(font.deriveFont(Font.BOLD, 15f));
		g.setColor(Color.DARK_GRAY);
		for (int r = 0; r < rows.size(); r++) {
			g.drawString(text(locale, "chainActorKind." + rows.get(r).get(0).kind()), margin, margin + r * (boxHeight + gapY) + boxHeight / 2f + 5);
		}
		List<ChainFlow> flows = chainRecords.flows(workspaceId).stream().filter(f -> f.getCommodity() == commodity)
			.filter(f -> place.containsKey(f.getFromActor().getId()) && place.containsKey(f.getToActor().getId())).toList();
		List<Object[]> flowLabels = new ArrayList<>();
		for (ChainFlow f : flows) {
			java.awt.geom.Rectangle2D from = place.get(f.getFromActor().getId());
			java.awt.geom.Rectangle2D to = place.get(f.getToActor().getId());
			boolean down = to.getY() > from.getY();
			double x1 = from.getCenterX(), y1 = down ? from.getMaxY() : from.getY();
			double x2 = to.getCenterX(), y2 = down ? to.getY() : to.getMaxY();
			double bend = Math.max(40, Math.abs(y2 - y1) / 2);
			double c1y = down ? y1 + bend : y1 - bend, c2y = down ? y2 - bend : y2 + bend;
			if (Math.abs(to.getY() - from.getY()) < 1) {
				// Same stage: leave from the bottom and come back from below.
				y1 = from.getMaxY();
				y2 = to.getMaxY();
				c1y = y1 + 60;
				c2y = y2 + 60;
			}
			float stroke = (float) Math.max(1.5, strokes.getOrDefault(f.getId(), 2.0));
			Color colour = f.isCrossBorder() ? new Color(0xB3, 0x26, 0x1E) : new Color(0x2E, 0x5E, 0x8C);
			g.setColor(colour);
			g.setStroke(f.isFormal() ? new BasicStroke(stroke)
					: new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] { 10f, 7f }, 0f));
			g.draw(new CubicCurve2D.Double(x1, y1, x1, c1y, x2, c2y, x2, y2));
			double tip = y2 < c2y ? -1 : 1;
			Path2D arrow = new Path2D.Double();
			arrow.moveTo(x2, y2);
			arrow.lineTo(x2 - 7 - stroke / 2, y2 + tip * (12 + stroke));
			arrow.lineTo(x2 + 7 + stroke / 2, y2 + tip * (12 + stroke));
			arrow.closePath();
			g.fill(arrow);
			flowLabels.add(new Object[] { labels.getOrDefault(f.getId(), ""), (x1 + x2) / 2, (y1 + y2) / 2 });
		}
		g.setFont(font.deriveFont(13f));
		for (Object[] l : flowLabels) {
			String label = (String) l[0];
			int w = g.getFontMetrics().stringWidth(label);
			float lx = (float) ((double) l[1] - w / 2.0);
			float ly = (float) (double) l[2];
			g.setColor(new Color(255, 255, 255, 220));
			g.fillRect((int) lx - 3, (int) ly - 13, w + 6, 17);
			g.setColor(Color.BLACK);
			g.drawString(label, lx, ly);
		}
		g.setFont(font.deriveFont(13f));
		for (ChainLayout.Box b : layout.boxes()) {
			java.awt.geom.Rectangle2D r = place.get(b.id());
			if (r == null) {
				continue;
			}
			RoundRectangle2D box = new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), 12, 12);
			g.setColor(new Color(0xFF, 0xF8, 0xEC));
			g.fill(box);
			g.setColor(new Color(0x7A, 0x4B, 0x12));
			g.setStroke(new BasicStroke(1.5f));
			g.draw(box);
			g.setColor(Color.BLACK);
			drawWrapped(g, b.name(), r.getX() + 8, r.getY(), r.getWidth() - 16, r.getHeight());
		}
		g.dispose();
		return java.util.Optional.of(new Block.Figure(png(image), width, height,
				text(locale, "context.figure.chainOf", text(locale, "commodity." + commodity))));
	}

	private static void drawWrapped(Graphics2D g, String text, double x, double y, double width, double height) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (g.getFontMetrics().stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		int lineHeight = g.getFontMetrics().getHeight();
		double top = y + (height - lines.size() * lineHeight) / 2 + g.getFontMetrics().getAscent();
		for (int i = 0; i < lines.size(); i++) {
			g.drawString(lines.get(i), (float) x, (float) (top + i * lineHeight));
		}
	}

	private static Graphics2D canvas(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		return g;
	}

	private static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Font font(String file) {
		try (InputStream in = ContextFigures.class.getResourceAsStream("/documents/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + file);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
