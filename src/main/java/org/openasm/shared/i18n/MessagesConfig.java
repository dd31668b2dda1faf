package org.openasm.shared.i18n;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Each module keeps its own bundle under {@code i18n/<module>/messages*.properties}; this finds them
 * all, so a module adds strings without touching a shared file. The language is chosen with
 * {@code ?lang=fr} and kept in a cookie (no server state), else taken from the browser.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfig implements WebMvcConfigurer {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	public MessageSource messageSource() throws IOException {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.ENGLISH);
		return source;
	}

	/** Base names of every module bundle on the class path, e.g. {@code classpath:i18n/taskforce/messages}. */
	public static String[] bundleBasenames() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*/messages.properties");
		return Arrays.stream(found)
			.map(r -> {
				try {
					String url = r.getURL().toString();
					String module = url.replaceAll(".*/i18n/([^/]+)/messages\\.properties$", "$1");
					return "classpath:i18n/" + module + "/messages";
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.distinct()
			.sorted()
			.toArray(String[]::new);
	}

	@Bean
	public LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("openasm-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			Locale asked = request.getLocale();
			return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst().orElse(Locale.ENGLISH);
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}
