package org.openasm.context;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supply chain as others read it: the map as an SVG document (the page, the API and the context
 * analysis output draw the same one) and the mass balance of each commodity against the estimated
 * production. Works with no {@link EstimatedProduction} bean, or no estimate for a commodity: the
 * balance then says so and compares nothing.
 */
@Service
public class ChainMap {

	private final ChainRegister register;

	private final ObjectProvider<EstimatedProduction> production;

	private final MessageSource messages;

	ChainMap(ChainRegister register, ObjectProvider<EstimatedProduction> production, MessageSource messages) {
		this.register = register;
		this.production = production;
		this.messages = messages;
	}

	/**
	 * The supply chain map of a workspace as a standalone SVG document ({@code image/svg+xml}), only the
	 * flows of one commodity and the actors they join when {@code commodityOrNull} is given, labelled in
	 * the reader's language. Every name is escaped: the document is always well-formed XML.
	 */
	@Transactional(readOnly = true)
	public String svg(long workspaceId, Commodity commodityOrNull, Locale locale) {
		return ChainSvg.render(layout(workspaceId, commodityOrNull, locale), words(locale));
	}

	/** Where the map draws each actor and flow (see {@link ChainLayout}). */
	@Transactional(readOnly = true)
	public ChainLayout layout(long workspaceId, Commodity commodityOrNull, Locale locale) {
		List<ChainFlow> shown = register.flows(workspaceId)
			.stream()
			.filter(f -> commodityOrNull == null || f.getCommodity() == commodityOrNull)
			.toList();
		List<ChainActor> actors = register.actors(workspaceId)
			.stream()
			.filter(a -> commodityOrNull == null || shown.stream()
				.anyMatch(f -> f.getFromActor().getId().equals(a.getId()) || f.getToActor().getId().equals(a.getId())))
			.toList();
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		List<ChainLayout.Node> nodes = actors.stream().map(a -> new ChainLayout.Node(a.getId(), a.getName(), a.getKind())).toList();
		List<ChainLayout.Edge> edges = shown.stream().map(f -> {
			String volume = number.format(f.getVolumePerYear()) + " " + f.getUnit();
			String title = f.getFromActor().getName() + " → " + f.getToActor().getName() + ": " + volume + ", "
					+ text(locale, "commodity." + f.getCommodity().name()) + ", "
					+ (f.isFormal() ? text(locale, "flow.formal") : text(locale, "flow.informal"))
					+ (f.isCrossBorder() ? ", " + text(locale, "flow.crossBorder") : "");
			return new ChainLayout.Edge(f.getId(), f.getFromActor().getId(), f.getToActor().getId(), f.getCommodity(), f.getUnit(),
					f.getVolumePerYear(), f.isFormal(), f.isCrossBorder(), volume, title);
		}).toList();
		return ChainLayout.of(nodes, edges);
	}

	/**
	 * The mass balance of every commodity that has flows or a production estimate, in the order of
	 * {@link Commodity} (see {@link MassBalance} for what each figure means).
	 */
	@Transactional(readOnly = true)
	public List<MassBalance> massBalances(long workspaceId) {
		Map<Commodity, List<MassBalance.Flow>> byCommodity = new EnumMap<>(Commodity.class);
		for (ChainFlow f : register.flows(workspaceId)) {
			byCommodity.computeIfAbsent(f.getCommodity(), c -> new ArrayList<>())
				.add(new MassBalance.Flow(f.getId(), f.getFromActor().getName() + " → " + f.getToActor().getName(),
						f.getFromActor().getKind(), f.getToActor().getKind(), f.getVolumePerYear(), f.getUnit(), f.isFormal(),
						f.isCrossBorder()));
		}
		EstimatedProduction estimates = production.getIfUnique();
		List<MassBalance> balances = new ArrayList<>();
		for (Commodity commodity : Commodity.values()) {
			EstimatedProduction.Range estimate = estimates == null ? null
					: Optional.ofNullable(estimates.annual(workspaceId, commodity)).flatMap(o -> o).orElse(null);
			List<MassBalance.Flow> flows = byCommodity.getOrDefault(commodity, List.of());
			if (estimate != null || !flows.isEmpty()) {
				balances.add(MassBalance.of(commodity, estimate, flows));
			}
		}
		return balances;
	}

	private ChainSvg.Words words(Locale locale) {
		Map<ChainActorKind, String> stages = new EnumMap<>(ChainActorKind.class);
		for (ChainActorKind kind : ChainActorKind.values()) {
			stages.put(kind, text(locale, "chainActorKind." + kind.name()));
		}
		return new ChainSvg.Words(text(locale, "chain.map.title"), stages, text(locale, "chain.legend.formal"),
				text(locale, "chain.legend.informal"), text(locale, "chain.legend.domestic"), text(locale, "chain.legend.crossBorder"),
				text(locale, "chain.map.empty"));
	}

	private String text(Locale locale, String key) {
		return messages.getMessage(key, null, key, locale);
	}
}
