package org.openasm.typology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.context.SiteGroup;
import org.openasm.context.SiteRegister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the sites of a workspace in their types without loading them: the site register counts the
 * sites per combination of attribute values and {@link TypeAssignment} assigns each combination once.
 * Sites that must be seen one by one come apart: those with an override (which wins over the
 * automatic assignment), those with a value on a user-defined dimension some type constrains, and any
 * the caller names (e.g. the sites practising catalogued techniques).
 */
@Component
class SiteTyping {

	/** What a type holds: sites, workers, areas, workers per commodity and the ids of its sites seen one by one. */
	static final class Holding {

		int sites;

		long women;

		long men;

		final Set<Long> areaIds = new LinkedHashSet<>();

		final Map<Commodity, Long> workersByCommodity = new EnumMap<>(Commodity.class);

		final Set<Long> siteIds = new LinkedHashSet<>();

		public int getSites() {
			return sites;
		}

		public long getWomen() {
			return women;
		}

		public long getMen() {
			return men;
		}

		public long getWorkers() {
			return women + men;
		}
	}

	/**
	 * Sites not typed: a combination of values (or one site, when {@code siteId} is set) with the outcome
	 * and, when ambiguous, the tied types.
	 */
	record Problem(TypeAssignment.Outcome outcome, Map<String, String> values, Long areaId, List<Long> tied, int sites, Long siteId,
			String siteName) {
	}

	/** The typing of a workspace. */
	record Typing(List<TypeAssignment.TypeRule> rules, Map<Long, Holding> byType, List<Problem> problems, int sites,
			Map<Commodity, Long> workersByCommodity, Map<Long, Long> typeOfSite, Map<Long, Commodity> commodityOfSite) {

		int untyped() {
			return problems.stream().mapToInt(Problem::sites).sum();
		}

		int count(TypeAssignment.Outcome outcome) {
			return problems.stream().filter(p -> p.outcome() == outcome).mapToInt(Problem::sites).sum();
		}

		Holding of(long typeId) {
			return byType.getOrDefault(typeId, new Holding());
		}
	}

	private final SiteRegister register;

	private final SectorTypeRepository types;

	private final OverrideRepository overrides;

	private final SiteValueRepository values;

	SiteTyping(SiteRegister register, SectorTypeRepository types, OverrideRepository overrides, SiteValueRepository values) {
		this.register = register;
		this.types = types;
		this.overrides = overrides;
		this.values = values;
	}

	@Transactional(readOnly = true)
	Typing typing(long workspaceId) {
		return typing(workspaceId, Set.of());
	}

	/**
	 * The typing, with {@code alsoApart} (sites the caller needs one by one) in {@link Typing#typeOfSite}
	 * and {@link Typing#commodityOfSite}.
	 */
	@Transactional(readOnly = true)
	Typing typing(long workspaceId, Collection<Long> alsoApart) {
		List<TypeAssignment.TypeRule> rules = types.findByWorkspaceIdOrderByName(workspaceId).stream().map(SectorType::rule).toList();
		Map<Long, Long> overridden = new HashMap<>();
		overrides.findByWorkspaceIdOrderById(workspaceId).forEach(o -> overridden.put(o.getSiteId(), o.getType().getId()));
		Set<String> constrainedCustom = new HashSet<>();
		rules.forEach(r -> r.accepted().keySet().stream().filter(k -> Dimensions.customId(k) != null).forEach(constrainedCustom::add));
		Map<Long, Map<String, String>> custom = new HashMap<>();
		if (!constrainedCustom.isEmpty()) {
			for (SiteValue v : values.findByWorkspaceId(workspaceId)) {
				String key = Dimensions.customKey(v.getDimensionId());
				if (constrainedCustom.contains(key)) {
					custom.computeIfAbsent(v.getSiteId(), k -> new HashMap<>()).put(key, v.getValue());
				}
			}
		}
		Set<Long> apart = new LinkedHashSet<>(overridden.keySet());
		apart.addAll(custom.keySet());
		apart.addAll(alsoApart);
		Map<Long, Holding> byType = new LinkedHashMap<>();
		rules.forEach(r -> byType.put(r.id(), new Holding()));
		List<Problem> problems = new ArrayList<>();
		Map<Commodity, Long> workersByCommodity = new EnumMap<>(Commodity.class);
		Map<Long, Long> typeOfSite = new HashMap<>();
		Map<Long, Commodity> commodityOfSite = new HashMap<>();
		int total = 0;
		for (SiteGroup group : register.groups(workspaceId, apart)) {
			total += group.sites();
			workersByCommodity.merge(group.commodity(), group.women() + group.men(), Long::sum);
			if (group.siteId() != null) {
				commodityOfSite.put(group.siteId(), group.commodity());
			}
			Map<String, String> values = Dimensions.values(group);
			Long typeId;
			TypeAssignment.Result result = null;
			if (group.siteId() != null && overridden.containsKey(group.siteId())) {
				typeId = overridden.get(group.siteId());
			}
			else {
				if (group.siteId() != null) {
					values.putAll(custom.getOrDefault(group.siteId(), Map.of()));
				}
				result = TypeAssignment.assign(rules, values);
				typeId = result.typeId();
			}
			if (typeId == null) {
				problems.add(new Problem(result.outcome(), values, group.areaId(), result.tied(), group.sites(), group.siteId(),
						group.siteName()));
				continue;
			}
			Holding h = byType.computeIfAbsent(typeId, k -> new Holding());
			h.sites += group.sites();
			h.women += group.women();
			h.men += group.men();
			if (group.areaId() != null) {
				h.areaIds.add(group.areaId());
			}
			h.workersByCommodity.merge(group.commodity(), group.women() + group.men(), Long::sum);
			if (group.siteId() != null) {
				h.siteIds.add(group.siteId());
				typeOfSite.put(group.siteId(), typeId);
			}
		}
		return new Typing(rules, byType, problems, total, workersByCommodity, typeOfSite, commodityOfSite);
	}
}
