package org.openasm.registry;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a registry list over the API: the items, the page number (from 0), its size, and the totals. */
public record RegisterPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	static <E, T> RegisterPage<T> of(Page<E> page, Function<E, T> view) {
		return new RegisterPage<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}
}
