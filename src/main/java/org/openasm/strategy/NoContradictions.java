package org.openasm.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openasm.context.Commodity;
import org.openasm.geo.AreaInfo;

/**
 * Rule 7, strategies that contradict one another. Blocking: a type to be closed receives an instrument
 * promoting it; land is allocated to two types in the same area (the same area, or one inside the
 * other) while either allocation is exclusive. A warning: a state buying scheme for a type's commodity
 * that no licensed type the government acts on produces, so the scheme would buy from unlicensed
 * operators only.
 */
class NoContradictions implements CoherenceRule {

	static final String CODE = "NO_CONTRADICTIONS";

	static final String BUYING_SCHEME = "BUYING_SCHEME";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public List<CoherenceFinding> check(CoherenceInput input) {
		List<CoherenceFinding> findings = new ArrayList<>();
		List<Drafted.TypeDraft> planned = input.draft().types().stream().filter(Drafted.TypeDraft::hasStrategy).toList();
		for (Drafted.TypeDraft t : planned) {
			if (t.strategy().decision() == TypeDecision.CLOSE) {
				for (Drafted.Chosen c : t.strategy().instruments(InstrumentMode.PROMOTE)) {
					findings.add(CoherenceFinding.blocking(CODE, t.type().id(), input.chosenPage(t.type().id(), c.id()),
							"strategy.coherence.contradiction.closedPromoted", t.type().name(), c.instrument().name()));
				}
			}
			for (Drafted.Chosen c : t.strategy().instruments()) {
				if (!BUYING_SCHEME.equals(c.instrument().code())) {
					continue;
				}
				for (Commodity commodity : new java.util.TreeSet<>(t.type().commodities())) {
					boolean licensedProducer = planned.stream()
						.anyMatch(u -> u.strategy().decision() == TypeDecision.ACT && Boolean.TRUE.equals(u.strategy().licensed())
								&& u.type().commodities().contains(commodity));
					if (!licensedProducer) {
						findings.add(CoherenceFinding.warning(CODE, t.type().id(), input.chosenPage(t.type().id(), c.id()),
								"strategy.coherence.contradiction.buyingUnlicensed", t.type().name(), c.instrument().name(),
								input.commodityNames().getOrDefault(commodity, commodity.name())));
					}
				}
			}
		}
		List<Drafted.TypeDraft> allocating = planned.stream()
			.filter(t -> Boolean.TRUE.equals(t.strategy().allocateLand()) && !t.strategy().landAreaIds().isEmpty())
			.toList();
		for (int i = 0; i < allocating.size(); i++) {
			for (int j = i + 1; j < allocating.size(); j++) {
				Drafted.TypeDraft a = allocating.get(i);
				Drafted.TypeDraft b = allocating.get(j);
				if (!a.strategy().landExclusive() && !b.strategy().landExclusive()) {
					continue;
				}
				Optional<Long> shared = shared(a, b, input);
				if (shared.isPresent()) {
					Drafted.TypeDraft exclusive = a.strategy().landExclusive() ? a : b;
					Drafted.TypeDraft other = exclusive == a ? b : a;
					findings.add(CoherenceFinding.blocking(CODE, exclusive.type().id(), input.typePage(exclusive.type().id()),
							"strategy.coherence.contradiction.landShared", exclusive.type().name(), other.type().name(),
							input.areaName(shared.get())));
				}
			}
		}
		return findings;
	}

	/** The first area both allocate, the same or one inside the other; the smaller of the two is named. */
	private static Optional<Long> shared(Drafted.TypeDraft a, Drafted.TypeDraft b, CoherenceInput input) {
		for (long x : new java.util.TreeSet<>(a.strategy().landAreaIds())) {
			for (long y : new java.util.TreeSet<>(b.strategy().landAreaIds())) {
				if (x == y) {
					return Optional.of(x);
				}
				AreaInfo ax = input.areas().get(x);
				AreaInfo ay = input.areas().get(y);
				if (ax != null && ay != null && ax.within(ay)) {
					return Optional.of(x);
				}
				if (ax != null && ay != null && ay.within(ax)) {
					return Optional.of(y);
				}
			}
		}
		return Optional.empty();
	}
}
