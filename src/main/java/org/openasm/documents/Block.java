package org.openasm.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One piece of a document's body; constructors clean their input so both writers can trust it. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.KeyValues, Block.BulletList, Block.Figure {

	/** A section heading; levels outside 1..3 are clamped rather than rejected. */
	record Heading(int level, String text) implements Block {
		public Heading {
			level = Math.max(1, Math.min(3, level));
			text = CleanText.line(text);
		}
	}

	/** Plain text; newlines become line breaks. */
	record Paragraph(String text) implements Block {
		public Paragraph {
			text = CleanText.multiline(text);
		}
	}

	/** A grid with an optional header row; ragged rows are padded to the widest row. */
	record Table(List<String> header, List<List<String>> rows) implements Block {
		public Table {
			List<String> cleanHeader = CleanText.lines(header);
			List<List<String>> cleanRows = rows == null ? List.of()
					: rows.stream().filter(Objects::nonNull).map(CleanText::lines).toList();
			int width = Math.max(cleanHeader.size(), cleanRows.stream().mapToInt(List::size).max().orElse(0));
			header = cleanHeader.isEmpty() ? List.of() : padded(cleanHeader, width);
			rows = cleanRows.stream().map(row -> padded(row, width)).toList();
		}

		/** Number of columns every row has. */
		public int width() {
			return rows.isEmpty() ? header.size() : rows.get(0).size();
		}

		private static List<String> padded(List<String> cells, int width) {
			List<String> out = new ArrayList<>(cells);
			while (out.size() < width) {
				out.add("");
			}
			return List.copyOf(out);
		}
	}

	/** Label: value pairs, shown as a two-column table. */
	record KeyValues(List<Map.Entry<String, String>> entries) implements Block {
		public KeyValues {
			entries = entries == null ? List.of()
					: entries.stream().filter(Objects::nonNull)
						.map(e -> Map.entry(CleanText.line(e.getKey()), CleanText.line(e.getValue())))
						.toList();
		}
	}

	/** An unordered list. */
	record BulletList(List<String> items) implements Block {
		public BulletList {
			items = CleanText.lines(items);
		}
	}

	/**
	 * A picture drawn by a module (a map, a diagram) as PNG, with its size in pixels and a caption. It is
	 * shown at the text width, keeping its proportions.
	 */
	record Figure(byte[] png, int width, int height, String caption) implements Block {
		public Figure {
			if (png == null || png.length < 8 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
				throw new IllegalArgumentException("A figure is a PNG image");
			}
			if (width <= 0 || height <= 0) {
				throw new IllegalArgumentException("A figure has a size");
			}
			caption = CleanText.line(caption);
		}
	}
}
