package org.openasm.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ChainLayout} as a standalone SVG document: column headings, actor boxes with their
 * names (full name as a tooltip), flows with arrowheads and labels, and a legend. Every piece of text is
 * escaped for XML, and characters XML cannot hold are dropped, so any name stays text and the result is
 * always well-formed. Only plain attributes are used (no CSS, no markers, no scripts), so a PDF renderer
 * draws it as a browser does.
 */
final class ChainSvg {

	static final String FLOW_COLOUR = "#35648f";

	static final String CROSS_BORDER_COLOUR = "#c2410c";

	static final String FONT = "DejaVu Sans, Arial, sans-serif";

	static final int LINE_CHARACTERS = 21;

	/** The words the drawing needs, in the reader's language. */
	record Words(String title, Map<ChainActorKind, String> stages, String formal, String informal, String domestic,
			String crossBorder, String empty) {
	}

	private ChainSvg() {
	}

	static String render(ChainLayout layout, Words words) {
		double legendTop = layout.height();
		double height = legendTop + 40;
		double width = Math.max(layout.width(), 640);
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain-map\" role=\"img\" width=\"")
			.append(ChainLayout.n(width))
			.append("\" height=\"")
			.append(ChainLayout.n(height))
			.append("\" viewBox=\"0 0 ")
			.append(ChainLayout.n(width))
			.append(' ')
			.append(ChainLayout.n(height))
			.append("\" font-family=\"")
			.append(FONT)
			.append("\" font-size=\"12\">");
		svg.append("<title>").append(escape(words.title())).append("</title>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(ChainLayout.n(width)).append("\" height=\"").append(ChainLayout.n(height))
			.append("\" fill=\"#ffffff\"/>");
		if (layout.boxes().isEmpty()) {
			text(svg, ChainLayout.MARGIN, ChainLayout.HEADER, "start", "#5b6776", words.empty(), "");
		}
		for (ChainLayout.Column column : layout.columns()) {
			text(svg, column.centre(), 22, "middle", "#1d2733", words.stages().getOrDefault(column.kind(), column.kind().name()),
					" font-weight=\"bold\"");
		}
		for (ChainLayout.Path path : layout.paths()) {
			String colour = path.crossBorder() ? CROSS_BORDER_COLOUR : FLOW_COLOUR;
			svg.append("<g>");
			if (path.title() != null) {
				svg.append("<title>").append(escape(path.title())).append("</title>");
			}
			svg.append("<path d=\"").append(path.d()).append("\" fill=\"none\" stroke=\"").append(colour)
				.append("\" stroke-opacity=\"0.75\" stroke-width=\"").append(ChainLayout.n(path.width())).append('"');
			if (path.dashed()) {
				svg.append(" stroke-dasharray=\"").append(ChainLayout.n(6 + path.width())).append(' ')
					.append(ChainLayout.n(4 + path.width() / 2)).append('"');
			}
			svg.append("/><path d=\"").append(path.arrow()).append("\" fill=\"").append(colour).append("\"/>");
			if (path.label() != null && !path.label().isBlank()) {
				text(svg, path.labelX(), path.labelY(), "middle", "#1d2733", path.label(),
						" font-size=\"11\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\"");
			}
			svg.append("</g>");
		}
		for (ChainLayout.Box box : layout.boxes()) {
			svg.append("<g><title>").append(escape(box.name())).append("</title><rect x=\"").append(ChainLayout.n(box.x()))
				.append("\" y=\"").append(ChainLayout.n(box.y())).append("\" width=\"").append(ChainLayout.n(box.width()))
				.append("\" height=\"").append(ChainLayout.n(box.height()))
				.append("\" rx=\"5\" fill=\"#fdf8f1\" stroke=\"#7a4b12\" stroke-width=\"1.2\"/>");
			List<String> lines = lines(box.name());
			double first = box.y() + box.height() / 2 + 4 - (lines.size() - 1) * 7;
			for (int i = 0; i < lines.size(); i++) {
				text(svg, box.x() + box.width() / 2, first + i * 14, "middle", "#1d2733", lines.get(i), "");
			}
			svg.append("</g>");
		}
		legend(svg, legendTop, words);
		svg.append("</svg>");
		return svg.toString();
	}

	private static void legend(StringBuilder svg, double top, Words words) {
		double y = top + 18;
		double x = ChainLayout.MARGIN;
		x = legendItem(svg, x, y, "#5b6776", false, false, words.formal());
		x = legendItem(svg, x, y, "#5b6776", true, false, words.informal());
		x = legendItem(svg, x, y, FLOW_COLOUR, false, true, words.domestic());
		legendItem(svg, x, y, CROSS_BORDER_COLOUR, false, true, words.crossBorder());
	}

	/** A line sample (solid or dashed) for the channel, a colour block for within the country or across a border. */
	private static double legendItem(StringBuilder svg, double x, double y, String colour, boolean dashed, boolean block,
			String label) {
		if (block) {
			svg.append("<rect x=\"").append(ChainLayout.n(x)).append("\" y=\"").append(ChainLayout.n(y - 6)).append("\" width=\"36\" height=\"12\" fill=\"")
				.append(colour).append("\" fill-opacity=\"0.75\"/>");
		}
		else {
			svg.append("<line x1=\"").append(ChainLayout.n(x)).append("\" y1=\"").append(ChainLayout.n(y)).append("\" x2=\"")
				.append(ChainLayout.n(x + 36)).append("\" y2=\"").append(ChainLayout.n(y)).append("\" stroke=\"").append(colour)
				.append("\" stroke-width=\"3\"").append(dashed ? " stroke-dasharray=\"7 4\"" : "").append("/>");
		}
		text(svg, x + 42, y + 4, "start", "#1d2733", label, "");
		return x + 42 + Math.max(60, label.length() * 7) + 24;
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String fill, String content, String extra) {
		svg.append("<text x=\"").append(ChainLayout.n(x)).append("\" y=\"").append(ChainLayout.n(y)).append("\" text-anchor=\"")
			.append(anchor).append("\" fill=\"").append(fill).append('"').append(extra).append('>').append(escape(content))
			.append("</text>");
	}

	/** A name on at most two lines of about {@value #LINE_CHARACTERS} characters, cut with an ellipsis. */
	static List<String> lines(String name) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = name.strip().split("\\s+");
		int i = 0;
		while (i < words.length && lines.size() < 2) {
			String word = words[i];
			if (line.isEmpty()) {
				line.append(word);
				i++;
			}
			else if (line.length() + 1 + word.length() <= LINE_CHARACTERS) {
				line.append(' ').append(word);
				i++;
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
			}
		}
		if (!line.isEmpty() && lines.size() < 2) {
			lines.add(line.toString());
		}
		boolean cut = i < words.length;
		for (int l = 0; l < lines.size(); l++) {
			String text = lines.get(l);
			if (text.length() > LINE_CHARACTERS) {
				lines.set(l, text.substring(0, LINE_CHARACTERS - 1) + "…");
			}
		}
		if (cut) {
			String last = lines.get(lines.size() - 1);
			lines.set(lines.size() - 1, (last.length() >= LINE_CHARACTERS ? last.substring(0, LINE_CHARACTERS - 1) : last) + "…");
		}
		return lines;
	}

	/** Text as XML character data or attribute value: markup characters escaped, characters XML forbids dropped. */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| (c >= 0x10000 && c <= 0x10FFFF);
					if (allowed) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}
}
