package org.openasm.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openasm.registry.LicenceCategoryFacts;
import org.openasm.typology.TypeFacts;
import org.openasm.vision.IssueKind;
import org.openasm.vision.TechniqueStage;

/**
 * The live strategy of a workspace as one immutable read (the draft the coherence check, versions and
 * the output work on): every sector type of step 2.2, ranked ones first in rank order then the others
 * by name, each with its strategy or none; strategies whose type was since removed from the typology
 * ({@code orphaned}); every instrument of the catalogue and the government's own, names in the reader's
 * language; and the licence categories of the registry.
 */
record Drafted(long workspaceId, List<TypeDraft> types, List<Strategy> orphaned, List<InstrumentFacts> instruments,
		List<LicenceCategoryFacts> categories) {

	Drafted {
		types = List.copyOf(types);
		orphaned = List.copyOf(orphaned);
		instruments = List.copyOf(instruments);
		categories = List.copyOf(categories);
	}

	/** The type of this id, with its strategy. */
	public Optional<TypeDraft> type(long typeId) {
		return types.stream().filter(t -> t.type().id() == typeId).findFirst();
	}

	/** The types ranked in the latest recorded ranking, in rank order. */
	public List<TypeDraft> ranked() {
		return types.stream().filter(TypeDraft::ranked).toList();
	}

	/** The types not in the latest recorded ranking (added since, or no ranking recorded), by name. */
	public List<TypeDraft> unranked() {
		return types.stream().filter(t -> !t.ranked()).toList();
	}

	/** An unmodifiable copy in natural order (enums by declaration, ids ascending), so pages and snapshots read the same each time. */
	static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
		return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(values));
	}

	public Optional<LicenceCategoryFacts> category(Long categoryId) {
		return categoryId == null ? Optional.empty() : categories.stream().filter(c -> c.id() == categoryId).findFirst();
	}

	/** A sector type with its strategy; {@code strategy} is null when none was recorded. */
	record TypeDraft(TypeFacts type, Strategy strategy) {

		public boolean ranked() {
			return type.recordedRank() != null;
		}

		public boolean hasStrategy() {
			return strategy != null;
		}

		public TypeStatus status() {
			return strategy == null ? TypeStatus.NO_STRATEGY : strategy.status();
		}
	}

	/**
	 * A type's strategy. Booleans of the economics approach and {@code licensed} are null while
	 * undecided; {@code landAreaIds} are administrative areas of the geo module; {@code licenceCategoryId}
	 * is a registry category (null when none, or when it was removed).
	 */
	record Strategy(long id, long version, long typeId, TypeDecision decision, String decisionReason, Boolean allocateLand,
			Set<Long> landAreaIds, boolean landExclusive, String landRationale, Boolean supplyChain, String supplyChainRationale,
			Boolean services, String servicesRationale, ImpactsApproach impactsApproach, String impactsRationale, Boolean licensed,
			Long licenceCategoryId, String categoryReason, String transboundaryMeasure, List<Chosen> instruments) {

		Strategy {
			landAreaIds = sorted(landAreaIds);
			instruments = List.copyOf(instruments);
		}

		/** Land, supply chain and services all decided. */
		public boolean economicsComplete() {
			return allocateLand != null && supplyChain != null && services != null;
		}

		/** An approach to impacts chosen and at least one instrument to carry it. */
		public boolean impactsComplete() {
			return impactsApproach != null && !instruments.isEmpty();
		}

		/** A reason is required for not acting or closing, so one of those decisions stands complete on its own. */
		public TypeStatus status() {
			return switch (decision) {
				case NO_ACTION -> TypeStatus.NOT_ACTING;
				case CLOSE -> TypeStatus.TO_CLOSE;
				case ACT -> economicsComplete() && impactsComplete() ? TypeStatus.COMPLETE : TypeStatus.INCOMPLETE;
			};
		}

		/** The strategy integrates transboundary concerns: a measure written, or an instrument flagged transboundary chosen. */
		public boolean hasTransboundaryMeasure() {
			return transboundaryMeasure != null || instruments.stream().anyMatch(c -> c.instrument().transboundary());
		}

		/** The chosen instruments of this mode. */
		public List<Chosen> instruments(InstrumentMode mode) {
			return instruments.stream().filter(c -> c.instrument().mode() == mode).toList();
		}
	}

	/** An instrument chosen in a type's strategy, with the ids of the records of other steps it refers to. */
	record Chosen(long id, long version, InstrumentFacts instrument, Set<Long> awayFromTechniqueIds, Set<Long> towardsTechniqueIds,
			Set<Long> issueIds, Set<Long> goalIds, Long leadAgencyId, BigDecimal estimatedCost, Set<Long> inputIds, String target) {

		Chosen {
			awayFromTechniqueIds = sorted(awayFromTechniqueIds);
			towardsTechniqueIds = sorted(towardsTechniqueIds);
			issueIds = sorted(issueIds);
			goalIds = sorted(goalIds);
			inputIds = sorted(inputIds);
		}
	}

	/** An instrument; {@code code} is null for one the government added; name and description in the reader's language. */
	record InstrumentFacts(long id, String code, String name, String description, InstrumentMode mode, Set<TechniqueStage> stages,
			Set<IssueKind> issueKinds, boolean transboundary) {

		InstrumentFacts {
			stages = sorted(stages);
			issueKinds = sorted(issueKinds);
		}

		public boolean catalogued() {
			return code != null;
		}
	}
}
