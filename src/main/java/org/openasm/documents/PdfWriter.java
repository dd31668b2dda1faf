package org.openasm.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** PDF: the Thymeleaf template {@code templates/documents/output.html} rendered through openhtmltopdf. */
final class PdfWriter {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final TemplateEngine templates = standaloneEngine();

	// Read once: openhtmltopdf asks for the font stream on every render.
	private final byte[] regular = font("DejaVuSans.ttf");

	private final byte[] bold = font("DejaVuSans-Bold.ttf");

	byte[] write(OutputDocument doc, RunningText running) {
		String xhtml = templates.process("documents/output", context(doc, running));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write PDF for " + doc.title(), ex);
		}
	}

	// Plain strings, lists and maps only, so the template never reaches into Java types.
	private static Context context(OutputDocument doc, RunningText running) {
		Context context = new Context(doc.locale());
		context.setVariable("lang", doc.locale().toLanguageTag());
		context.setVariable("title", doc.title());
		context.setVariable("subtitle", doc.subtitle());
		context.setVariable("jurisdiction", running.jurisdiction());
		context.setVariable("dateAndVersion", running.dateAndVersion());
		context.setVariable("draft", running.draft());
		context.setVariable("pageWord", running.pageWord());
		context.setVariable("ofWord", running.ofWord());
		context.setVariable("blocks", doc.blocks().stream().map(PdfWriter::view).toList());
		return context;
	}

	private static Map<String, Object> view(Block block) {
		if (block instanceof Block.Heading h) {
			return Map.of("kind", "heading", "level", h.level(), "text", h.text());
		}
		if (block instanceof Block.Paragraph p) {
			return Map.of("kind", "paragraph", "lines", List.of(p.text().split("\n", -1)));
		}
		if (block instanceof Block.Table t) {
			return Map.of("kind", "table", "header", t.header(), "rows", t.rows());
		}
		if (block instanceof Block.KeyValues kv) {
			List<List<String>> pairs = kv.entries().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
			return Map.of("kind", "keyValues", "pairs", pairs);
		}
		if (block instanceof Block.Figure f) {
			return Map.of("kind", "figure", "src", "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(f.png()),
					"caption", f.caption(), "heightMm", Math.round(170.0 * f.height() / f.width()));
		}
		Block.BulletList list = (Block.BulletList) block;
		return Map.of("kind", "bullets", "items", list.items());
	}

	private static TemplateEngine standaloneEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfWriter.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		// XML mode: the output must be well-formed XHTML for openhtmltopdf's parser.
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	private static byte[] font(String file) {
		try (InputStream in = PdfWriter.class.getResourceAsStream("/documents/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
