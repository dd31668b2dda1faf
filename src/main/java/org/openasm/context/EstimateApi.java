package org.openasm.context;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.web.Access;
import org.springframework.context.MessageSource;
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

/**
 * Step 1.3's sector figures over HTTP: each estimate a range (low, central, high) with its unit, year,
 * source and confidence. Creates are repeat-safe with an Idempotency-Key; edits carry the version.
 */
@RestController
@Tag(name = "Context analysis (1.3): sector figures", description = "Estimates of miners, sites, production, value and mercury use, each with its source")
class EstimateApi {

	private final SectorFigures figures;

	private final MessageSource messages;

	EstimateApi(SectorFigures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	record EstimateView(long id, EstimateFigure figure, String figureLabel, String label, Commodity commodity, Long areaId, String area,
			int year, BigDecimal low, BigDecimal central, BigDecimal high, String unit, String source, EstimateConfidence confidence,
			String notes, long version) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/estimates")
	@Access.Government
	@Operation(summary = "The sector estimates by figure, commodity and latest year; filter by figure, commodity and year")
	List<EstimateView> list(@PathVariable long workspaceId, @RequestParam(required = false) EstimateFigure figure,
			@RequestParam(required = false) Commodity commodity, @RequestParam(required = false) Integer year, Locale locale) {
		Map<Long, AreaInfo> areas = areas(workspaceId);
		return figures.all(workspaceId)
			.stream()
			.filter(e -> figure == null || e.getFigure() == figure)
			.filter(e -> commodity == null || e.getCommodity() == commodity)
			.filter(e -> year == null || e.getYear() == year)
			.map(e -> view(e, areas, locale))
			.toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/context/estimates")
	@Access.Secretariat
	@Operation(summary = "Add an estimate (source required; low ≤ central ≤ high); repeat-safe with an Idempotency-Key header")
	ResponseEntity<EstimateView> add(@PathVariable long workspaceId, @Valid @RequestBody EstimateForm form,
			@Parameter(description = "Same key, same result: a retried call creates nothing new") @RequestHeader(name = "Idempotency-Key", required = false) String key,
			Locale locale) {
		form.setToken(key);
		long id = figures.add(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/context/estimates/" + id))
			.body(get(workspaceId, id, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/context/estimates/{estimateId}")
	@Access.Government
	@Operation(summary = "One estimate")
	EstimateView get(@PathVariable long workspaceId, @PathVariable long estimateId, Locale locale) {
		return view(figures.estimate(workspaceId, estimateId), areas(workspaceId), locale);
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/context/estimates/{estimateId}")
	@Access.Secretariat
	@Operation(summary = "Change an estimate; send the version you read, a stale one gets 409")
	EstimateView edit(@PathVariable long workspaceId, @PathVariable long estimateId, @Valid @RequestBody EstimateForm form,
			Locale locale) {
		figures.edit(workspaceId, estimateId, form);
		return get(workspaceId, estimateId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/context/estimates/{estimateId}")
	@Access.Secretariat
	@Operation(summary = "Remove an estimate (its history stays)")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long estimateId) {
		figures.remove(workspaceId, estimateId);
		return ResponseEntity.noContent().build();
	}

	private EstimateView view(SectorEstimate e, Map<Long, AreaInfo> areas, Locale locale) {
		AreaInfo area = e.getAreaId() == null ? null : areas.get(e.getAreaId());
		return new EstimateView(e.getId(), e.getFigure(), e.getFigureLabel(), EstimatePages.label(e, messages, locale), e.getCommodity(),
				e.getAreaId(), area == null ? null : area.name(), e.getYear(), e.getLow(), e.getCentral(), e.getHigh(), e.getUnit(),
				e.getSource(), e.getConfidence(), e.getNotes(), e.getVersion());
	}

	private Map<Long, AreaInfo> areas(long workspaceId) {
		return figures.areas(workspaceId).stream().collect(Collectors.toMap(AreaInfo::id, Function.identity()));
	}
}
