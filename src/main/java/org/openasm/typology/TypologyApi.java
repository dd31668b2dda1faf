package org.openasm.typology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openasm.context.Commodity;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.openasm.vision.IssueFacts;
import org.openasm.vision.TechniqueFacts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Step 2.2 over HTTP. Creates are repeat-safe with Idempotency-Key; edits carry their version, a stale one gets 409. */
@RestController
@Tag(name = "Sector types and priorities (2.2)",
		description = "Dimensions, types with their profiles, sites not typed and overrides, criteria, scores, the ranking with its sensitivity and recorded rankings")
class TypologyApi {

	private final TypologyManagement typology;

	private final Prioritisation priorities;

	private final TypeProfiles profiles;

	private final SiteTyping typing;

	TypologyApi(TypologyManagement typology, Prioritisation priorities, TypeProfiles profiles, SiteTyping typing) {
		this.typology = typology;
		this.priorities = priorities;
		this.profiles = profiles;
		this.typing = typing;
	}

	record TypeView(long id, String name, String description, Map<String, Set<String>> accepted, int sites, long women, long men,
			Set<Commodity> commodities, List<ApportionedProduction> apportionedProduction, List<TechniqueView> techniques,
			List<IssueView> issues, List<String> regions, long version) {
		static TypeView of(TypeProfile p) {
			return new TypeView(p.id(), p.name(), p.description(), p.accepted(), p.sites(), p.women(), p.men(), p.commodities(),
					p.production(), p.techniques().stream().map(TechniqueView::of).toList(), p.issues().stream().map(IssueView::of).toList(),
					p.regions(), p.version());
		}
	}

	record TechniqueView(long id, String name, String grade) {
		static TechniqueView of(TechniqueFacts t) {
			return new TechniqueView(t.id(), t.name(), t.grade() == null ? null : t.grade().name());
		}
	}

	record IssueView(long id, String kind, String title) {
		static IssueView of(IssueFacts i) {
			return new IssueView(i.id(), i.kind().name(), i.title());
		}
	}

	record DimensionBody(String key, Long id, String name, List<String> values, boolean builtIn, Long version) {
	}

	record ValueView(long id, long siteId, String value, long version) {
	}

	record ProblemView(String outcome, Map<String, String> values, Long areaId, List<Long> tiedTypeIds, int sites, Long siteId,
			String siteName) {
	}

	record ProblemsView(int sites, int unassigned, int ambiguous, List<ProblemView> problems) {
	}

	record OverrideView(long id, long siteId, long typeId, String typeName, String reason) {
		static OverrideView of(TypeOverride o) {
			return new OverrideView(o.getId(), o.getSiteId(), o.getType().getId(), o.getType().getName(), o.getReason());
		}
	}

	record CriterionView(long id, String code, String name, String hint, BigDecimal weight, long version) {
		static CriterionView of(Criterion c) {
			return new CriterionView(c.getId(), c.getCode(), c.getName(), c.getHint(), c.getWeight(), c.getVersion());
		}
	}

	record ScoreView(long typeId, long criterionId, int score, String rationale, long version) {
		static ScoreView of(Score s) {
			return new ScoreView(s.getTypeId(), s.getCriterionId(), s.getScore(), s.getRationale(), s.getVersion());
		}
	}

	record RankedView(long typeId, String name, BigDecimal score, int rank, int bestRank, int worstRank, boolean unstable,
			List<Long> hingesOn) {
	}

	record RankingView(int percent, List<CriterionView> criteria, List<RankedView> ranked, List<Long> unscoredTypeIds) {
	}

	// Types

	@GetMapping("/api/v1/workspaces/{workspaceId}/types")
	@Access.Government
	@Operation(summary = "The types with their profiles: sites, workers by gender, production apportioned by workers (labelled as such), techniques, issues, regions")
	List<TypeView> types(@PathVariable long workspaceId, Locale locale) {
		return profiles.profiles(workspaceId, locale).profiles().stream().map(TypeView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/types")
	@Access.Secretariat
	@Operation(summary = "Add a type: name, description and per dimension key the accepted values (a dimension left out accepts any); repeat-safe with an Idempotency-Key header")
	ResponseEntity<TypeView> addType(@PathVariable long workspaceId, @Valid @RequestBody TypeForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
		form.setToken(key);
		long id = typology.addType(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/types/" + id)).body(type(workspaceId, id, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/{typeId}")
	@Access.Government
	@Operation(summary = "One type with its profile")
	TypeView type(@PathVariable long workspaceId, @PathVariable long typeId, Locale locale) {
		typology.type(workspaceId, typeId);
		return TypeView.of(profiles.profiles(workspaceId, locale).of(typeId).orElseThrow(() -> new RecordNotFoundException("SectorType", typeId)));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/types/{typeId}")
	@Access.Secretariat
	@Operation(summary = "Change a type; send the version you read")
	TypeView editType(@PathVariable long workspaceId, @PathVariable long typeId, @Valid @RequestBody TypeForm form, Locale locale) {
		typology.editType(workspaceId, typeId, form);
		return type(workspaceId, typeId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/types/{typeId}")
	@Access.Secretariat
	@Operation(summary = "Remove a type and its scores (refused while overrides put sites in it)")
	ResponseEntity<Void> removeType(@PathVariable long workspaceId, @PathVariable long typeId) {
		typology.removeType(workspaceId, typeId);
		return ResponseEntity.noContent().build();
	}

	// Dimensions

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/dimensions")
	@Access.Government
	@Operation(summary = "The dimensions: the four read from the sites (commodity, deposit, mechanisation, scale) and those the workspace defines (key d and id)")
	List<DimensionBody> dimensions(@PathVariable long workspaceId) {
		List<DimensionBody> out = new java.util.ArrayList<>();
		for (Dimensions.BuiltIn b : Dimensions.BuiltIn.values()) {
			out.add(new DimensionBody(b.key(), null, b.key(), b.accepted(), true, null));
		}
		typology.dimensions(workspaceId).forEach(d -> out.add(dimension(d)));
		return out;
	}

	private static DimensionBody dimension(CustomDimension d) {
		return new DimensionBody(d.key(), d.getId(), d.getName(), d.getValues(), false, d.getVersion());
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/types/dimensions")
	@Access.Secretariat
	@Operation(summary = "Add a dimension (name and values); repeat-safe with an Idempotency-Key header")
	ResponseEntity<DimensionBody> addDimension(@PathVariable long workspaceId, @Valid @RequestBody DimensionForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = typology.addDimension(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/types/dimensions/" + id))
			.body(dimension(typology.dimension(workspaceId, id)));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/dimensions/{dimensionId}")
	@Access.Government
	@Operation(summary = "One user-defined dimension")
	DimensionBody dimension(@PathVariable long workspaceId, @PathVariable long dimensionId) {
		return dimension(typology.dimension(workspaceId, dimensionId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/types/dimensions/{dimensionId}")
	@Access.Secretariat
	@Operation(summary = "Change a dimension; a value sites or types use cannot be dropped; send the version you read")
	DimensionBody editDimension(@PathVariable long workspaceId, @PathVariable long dimensionId, @Valid @RequestBody DimensionForm form) {
		typology.editDimension(workspaceId, dimensionId, form);
		return dimension(workspaceId, dimensionId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/types/dimensions/{dimensionId}")
	@Access.Secretariat
	@Operation(summary = "Remove a dimension and its site values (refused while a type constrains it)")
	ResponseEntity<Void> removeDimension(@PathVariable long workspaceId, @PathVariable long dimensionId) {
		typology.removeDimension(workspaceId, dimensionId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/dimensions/{dimensionId}/values")
	@Access.Government
	@Operation(summary = "The sites' values on a user-defined dimension")
	List<ValueView> values(@PathVariable long workspaceId, @PathVariable long dimensionId) {
		return typology.values(workspaceId, dimensionId)
			.stream()
			.map(v -> new ValueView(v.getId(), v.getSiteId(), v.getValue(), v.getVersion()))
			.toList();
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/types/dimensions/{dimensionId}/values")
	@Access.Secretariat
	@Operation(summary = "Set a site's value ({siteId, value, version}); a blank value clears it; changing a value needs the version you read")
	List<ValueView> setValue(@PathVariable long workspaceId, @PathVariable long dimensionId, @Valid @RequestBody SiteValueForm form) {
		typology.setValue(workspaceId, dimensionId, form);
		return values(workspaceId, dimensionId);
	}

	/** The body is the CSV itself; no {@code consumes}, so a caller without the role gets 403 whatever they send. */
	@PostMapping("/api/v1/workspaces/{workspaceId}/types/dimensions/{dimensionId}/import")
	@Access.Secretariat
	@Operation(summary = "Set sites' values from text/csv (columns site_id, value; comma or semicolon); all rows or none: a wrong file gets 422 listing every wrong row as rows[N].column",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
	TypologyManagement.Imported importValues(@PathVariable long workspaceId, @PathVariable long dimensionId, @RequestBody byte[] csv,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
		Charset charset = StandardCharsets.UTF_8;
		try {
			if (contentType != null) {
				MediaType type = MediaType.parseMediaType(contentType);
				if (type.getCharset() != null) {
					charset = type.getCharset();
				}
			}
		}
		catch (RuntimeException ex) {
			// an unreadable Content-Type: read as UTF-8
		}
		return typology.importValues(workspaceId, dimensionId, new StringReader(new String(csv, charset)));
	}

	// Sites not typed, overrides

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/problems")
	@Access.Government
	@Operation(summary = "The sites not typed: per combination of values (or per site when it is seen one by one) whether unassigned or ambiguous, with the tied types")
	ProblemsView problems(@PathVariable long workspaceId) {
		SiteTyping.Typing t = typing.typing(workspaceId);
		return new ProblemsView(t.sites(), t.count(TypeAssignment.Outcome.UNASSIGNED), t.count(TypeAssignment.Outcome.AMBIGUOUS),
				t.problems()
					.stream()
					.map(p -> new ProblemView(p.outcome().name(), p.values(), p.areaId(), p.tied(), p.sites(), p.siteId(), p.siteName()))
					.toList());
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/overrides")
	@Access.Government
	@Operation(summary = "The overrides: sites put in a type by hand, with the reason")
	List<OverrideView> overrides(@PathVariable long workspaceId) {
		return typology.overrides(workspaceId).stream().map(OverrideView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/types/overrides")
	@Access.Secretariat
	@Operation(summary = "Put a site in a type whatever its attributes say ({siteId, typeId, reason}; the reason is required); repeat-safe with an Idempotency-Key header")
	ResponseEntity<OverrideView> addOverride(@PathVariable long workspaceId, @Valid @RequestBody OverrideForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = typology.addOverride(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/types/overrides/" + id))
			.body(OverrideView.of(typology.override(workspaceId, id)));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/types/overrides/{overrideId}")
	@Access.Secretariat
	@Operation(summary = "Remove an override: the site goes back to its automatic type")
	ResponseEntity<Void> removeOverride(@PathVariable long workspaceId, @PathVariable long overrideId) {
		typology.removeOverride(workspaceId, overrideId);
		return ResponseEntity.noContent().build();
	}

	// Criteria and scores

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/criteria")
	@Access.Government
	@Operation(summary = "The prioritisation criteria with their weights; each is scored 1–5 so that 5 favours priority")
	List<CriterionView> criteria(@PathVariable long workspaceId) {
		return priorities.criteria(workspaceId).stream().map(CriterionView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/types/criteria")
	@Access.Secretariat
	@Operation(summary = "Add a criterion (name, hint, weight > 0); repeat-safe with an Idempotency-Key header")
	ResponseEntity<CriterionView> addCriterion(@PathVariable long workspaceId, @Valid @RequestBody CriterionForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = priorities.addCriterion(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/types/criteria/" + id))
			.body(CriterionView.of(priorities.criterion(workspaceId, id)));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/types/criteria/{criterionId}")
	@Access.Secretariat
	@Operation(summary = "Change a criterion's weight (and, for one users added, its name and hint); send the version you read")
	CriterionView editCriterion(@PathVariable long workspaceId, @PathVariable long criterionId, @Valid @RequestBody CriterionForm form) {
		priorities.editCriterion(workspaceId, criterionId, form);
		return CriterionView.of(priorities.criterion(workspaceId, criterionId));
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/types/criteria/{criterionId}")
	@Access.Secretariat
	@Operation(summary = "Remove a criterion and its scores (not the last one)")
	ResponseEntity<Void> removeCriterion(@PathVariable long workspaceId, @PathVariable long criterionId) {
		priorities.removeCriterion(workspaceId, criterionId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/scores")
	@Access.Government
	@Operation(summary = "Every score: type, criterion, 1–5 and the rationale")
	List<ScoreView> scores(@PathVariable long workspaceId) {
		Analysis a = priorities.analysis(workspaceId, null);
		return a.getTypes()
			.stream()
			.flatMap(t -> a.getCriteria().stream().map(c -> a.score(t.getId(), c.getId())))
			.filter(s -> s != null)
			.map(ScoreView::of)
			.toList();
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/types/{typeId}/scores/{criterionId}")
	@Access.Secretariat
	@Operation(summary = "Score a type on a criterion ({score: 1–5, rationale, version}); a first score has no version, a change needs the one you read")
	ScoreView setScore(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long criterionId,
			@Valid @RequestBody ScoreForm form) {
		return ScoreView.of(priorities.setScore(workspaceId, typeId, criterionId, form));
	}

	// Ranking

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/ranking")
	@Access.Government
	@Operation(summary = "The ranking as it stands (weighted score Σwᵢsᵢ/Σwᵢ, equal scores share a rank) with each type's range of ranks when each weight is multiplied by 1−p and 1+p (p in percent, 1–100, default 20)")
	RankingView ranking(@PathVariable long workspaceId, @RequestParam(required = false) Integer p) {
		Analysis a = priorities.analysis(workspaceId, p);
		return new RankingView(a.getPercent(), a.getCriteria().stream().map(CriterionView::of).toList(), a.getPlaces().stream().map(place -> {
			Sensitivity.Range r = a.range(place.typeId());
			return new RankedView(place.typeId(), a.type(place.typeId()).getName(), place.score(), place.rank(), r.best(), r.worst(),
					r.unstable(), r.hingesOn());
		}).toList(), a.getUnscored().stream().map(SectorType::getId).toList());
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/types/ranking")
	@Access.Secretariat
	@Operation(summary = "Record the ranking as it stands with its sensitivity to p (default 20 %); repeat-safe with an Idempotency-Key header")
	ResponseEntity<RankingFacts> record(@PathVariable long workspaceId, @RequestParam(required = false) Integer p,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		long id = priorities.record(workspaceId, p, key);
		RecordedRanking r = priorities.recording(workspaceId, id);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/types/ranking/recorded"))
			.body(SectorTypes.facts(r, priorities.outOfDate(workspaceId, r)));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/types/ranking/recorded")
	@Access.Government
	@Operation(summary = "The latest recorded ranking, saying whether weights or scores changed since (outOfDate); 404 when none is recorded")
	RankingFacts recorded(@PathVariable long workspaceId) {
		RecordedRanking r = priorities.recorded(workspaceId).orElseThrow(() -> new RecordNotFoundException("RecordedRanking", 0));
		return SectorTypes.facts(r, priorities.outOfDate(workspaceId, r));
	}
}
