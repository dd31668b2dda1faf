package org.openasm.registry;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a registry list over the API, the same shape for every list: the items, the page number
 * (counting from 1, as the {@code page} parameter does), its size, how many items in all and how many pages.
 */
public record RegisterPage<T>(List<T> items, int page, int size, long total, int pages) {

	static <E, T> RegisterPage<T> of(Page<E> page, Function<E, T> view) {
		return new RegisterPage<>(page.getContent().stream().map(view).toList(), page.getNumber() + 1, page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}
}
