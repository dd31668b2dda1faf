package org.openasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openasm.support.Jurisdictions.signedInAsAdmin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openasm.support.OpenAsmTest;
import org.openasm.workspace.WorkspaceForm;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page a user can reach from the dashboard of the demo jurisdiction renders whole, in English and
 * in French. Page tests build small fixtures; the demo is where the records are many and varied, and
 * a template that fails on one of them sends a page cut off halfway with status 200. The crawl follows
 * the links inside the workspace, at most {@link #PER_SHAPE} pages of each shape (the path with its
 * numbers taken out), so 402 site pages are tried three times, not 402.
 */
@OpenAsmTest
@AutoConfigureMockMvc
class DemoPagesTests {

	private static final int PER_SHAPE = 3;

	private static final Pattern LINK = Pattern.compile("href=\"(/workspaces/\\d+/[^\"#?]*)(\\?[^\"#]*)?\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkspaceManagement workspaces;

	@Test
	void everyPageOfTheDemoRendersWholeInBothLanguages() throws Exception {
		WorkspaceForm form = new WorkspaceForm();
		form.setName("Demo pages " + UUID.randomUUID());
		form.setCountryCode("XM");
		form.setCurrency("XOF");
		form.setLanguages(List.of("en", "fr"));
		long demo = workspaces.create(form, true);
		String home = "/workspaces/" + demo;

		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(home, home + "/vision", home + "/types", home + "/strategy"));
		while (!queue.isEmpty()) {
			String path = queue.poll();
			if (!path.startsWith(home + "/") && !path.equals(home) || !seen.add(path)) {
				continue;
			}
			for (String language : List.of("en", "fr")) {
				MockHttpServletResponse response = mvc.perform(get(path).with(signedInAsAdmin()).header("Accept-Language", language))
					.andReturn()
					.getResponse();
				String type = response.getContentType() == null ? "" : response.getContentType();
				assertThat(response.getStatus()).as(path + " in " + language).isIn(200, 302);
				if (response.getStatus() != 200 || !type.startsWith("text/html")) {
					continue;
				}
				String html = response.getContentAsString();
				assertThat(html.strip()).as(path + " in " + language + " renders to the end").endsWith("</html>");
				if (language.equals("en")) {
					Matcher links = LINK.matcher(html);
					while (links.find()) {
						String next = links.group(1);
						String shape = next.replaceAll("\\d+", "#");
						if (!seen.contains(next) && shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
							queue.add(next);
						}
					}
				}
			}
		}
		assertThat(seen).as("pages crawled").hasSizeGreaterThan(60)
			.contains(home + "/vision", home + "/vision/techniques", home + "/vision/prevalence", home + "/types/ranking",
					home + "/context", home + "/strategy", home + "/strategy/instruments", home + "/registry/categories");
	}
}
