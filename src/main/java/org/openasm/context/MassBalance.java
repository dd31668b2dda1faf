package org.openasm.context;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One commodity's mass balance: the estimated production set against what the supply chain map says
 * leaves the miners, and how much of what leaves the country crosses a border directly. Pure
 * arithmetic over plain values, so the page, the API and the output cannot disagree.
 * <p>
 * Definitions, all over the commodity's flows whose unit is the estimate's unit (compared without
 * regard to case or surrounding spaces; with no estimate, the unit most flows use). Flows in another
 * unit are listed as not comparable and counted nowhere.
 * <ul>
 * <li><b>Outflows from miners</b>: the sum of the flows from a MINERS actor to an actor that is not a
 * miner (flows between miners' groups would count the same output twice).</li>
 * <li><b>Informal share</b>: the informal part of the outflows from miners, divided by those outflows.</li>
 * <li><b>Leaving the country</b>: what EXPORTERS actors receive from actors that are not exporters,
 * plus the cross-border flows whose sender is not an exporter and whose receiver is not an exporter.
 * An exporter's own shipments abroad are therefore not counted a second time.</li>
 * <li><b>Cross-border share</b>: the cross-border part of what leaves the country, divided by it: the
 * share that crosses a border directly rather than through the exporters in the country.</li>
 * <li><b>Unaccounted</b>: production minus outflows from miners, for the low, central and high
 * estimates each. Positive: production the map does not follow; negative: the map records more than
 * the estimate.</li>
 * </ul>
 * Shares are fractions rounded to four decimals, {@code null} when there is nothing to divide by; the
 * production and the unaccounted figures are {@code null} without an estimate.
 */
public record MassBalance(Commodity commodity, EstimatedProduction.Range production, String unit, BigDecimal minersOutflow,
		BigDecimal minersInformal, BigDecimal informalShare, BigDecimal leavingCountry, BigDecimal leavingCrossBorder,
		BigDecimal crossBorderShare, Bounds unaccounted, List<Flow> comparable, List<Flow> notComparable) {

	/** A low, central and high figure carried together. */
	public record Bounds(BigDecimal low, BigDecimal central, BigDecimal high) {
	}

	/** A flow as the balance needs it; {@code label} says which flow it is (e.g. "A → B"). */
	public record Flow(long id, String label, ChainActorKind from, ChainActorKind to, BigDecimal volume, String unit,
			boolean formal, boolean crossBorder) {
	}

	/**
	 * The balance of one commodity from its estimate (or {@code null}) and its flows (only this
	 * commodity's).
	 */
	public static MassBalance of(Commodity commodity, EstimatedProduction.Range production, List<Flow> flows) {
		String unit = production != null ? production.unit() : mostUsedUnit(flows);
		List<Flow> comparable = new ArrayList<>();
		List<Flow> notComparable = new ArrayList<>();
		for (Flow flow : flows) {
			(unit != null && same(unit, flow.unit()) ? comparable : notComparable).add(flow);
		}
		BigDecimal minersOut = BigDecimal.ZERO;
		BigDecimal minersInformal = BigDecimal.ZERO;
		BigDecimal leaving = BigDecimal.ZERO;
		BigDecimal leavingCrossBorder = BigDecimal.ZERO;
		for (Flow flow : comparable) {
			if (flow.from() == ChainActorKind.MINERS && flow.to() != ChainActorKind.MINERS) {
				minersOut = minersOut.add(flow.volume());
				if (!flow.formal()) {
					minersInformal = minersInformal.add(flow.volume());
				}
			}
			if (leavesTheCountry(flow)) {
				leaving = leaving.add(flow.volume());
				if (flow.crossBorder()) {
					leavingCrossBorder = leavingCrossBorder.add(flow.volume());
				}
			}
		}
		Bounds unaccounted = production == null ? null
				: new Bounds(minus(production.low(), minersOut), minus(production.central(), minersOut),
						minus(production.high(), minersOut));
		return new MassBalance(commodity, production, unit, minersOut, minersInformal, share(minersInformal, minersOut), leaving,
				leavingCrossBorder, share(leavingCrossBorder, leaving), unaccounted, List.copyOf(comparable),
				List.copyOf(notComparable));
	}

	/** Whether a production estimate was there to weigh the flows against. */
	public boolean hasEstimate() {
		return production != null;
	}

	/** The flow counts in "leaving the country" (see the class description). */
	static boolean leavesTheCountry(Flow flow) {
		boolean fromExporter = flow.from() == ChainActorKind.EXPORTERS;
		boolean toExporter = flow.to() == ChainActorKind.EXPORTERS;
		return (toExporter && !fromExporter) || (flow.crossBorder() && !fromExporter && !toExporter);
	}

	private static BigDecimal minus(BigDecimal bound, BigDecimal outflow) {
		return bound == null ? null : bound.subtract(outflow);
	}

	private static BigDecimal share(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
	}

	private static boolean same(String a, String b) {
		return b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
	}

	/** The unit most of the flows use (the first seen on a tie), or {@code null} without flows. */
	private static String mostUsedUnit(List<Flow> flows) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> spelled = new LinkedHashMap<>();
		for (Flow flow : flows) {
			if (flow.unit() == null) {
				continue;
			}
			String key = flow.unit().strip().toLowerCase(Locale.ROOT);
			counts.merge(key, 1, Integer::sum);
			spelled.putIfAbsent(key, flow.unit().strip());
		}
		String best = null;
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			if (best == null || e.getValue() > counts.get(best)) {
				best = e.getKey();
			}
		}
		return best == null ? null : spelled.get(best);
	}
}
