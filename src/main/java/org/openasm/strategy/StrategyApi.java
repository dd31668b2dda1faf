package org.openasm.strategy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 2.3 over HTTP: each sector type with its strategy (addressed by the type's id), the instruments
 * chosen in it, and the instrument catalogue with the government's own. Creates are repeat-safe with
 * Idempotency-Key; edits carry their version, a stale one gets 409.
 */
@RestController
@Tag(name = "Strategy (2.3)", description = "A strategy per sector type: decision, economics and impacts approaches, chosen instruments, licence category, transboundary measure; the instrument catalogue")
class StrategyApi {

	private final StrategyManagement strategies;

	private final InstrumentRegister instruments;

	private final StrategyDraft draft;

	private final InstrumentTexts texts;

	StrategyApi(StrategyManagement strategies, InstrumentRegister instruments, StrategyDraft draft, InstrumentTexts texts) {
		this.strategies = strategies;
		this.instruments = instruments;
		this.draft = draft;
		this.texts = texts;
	}

	/** A sector type, its rank in the recorded ranking (null if unranked), where its strategy stands, and the strategy (null if none). */
	record TypeView(long typeId, String name, Integer rank, TypeStatus status, boolean economicsComplete, boolean impactsComplete,
			Drafted.Strategy strategy) {

		static TypeView of(Drafted.TypeDraft t) {
			Drafted.Strategy s = t.strategy();
			return new TypeView(t.type().id(), t.type().name(), t.type().recordedRank(), t.status(), s != null && s.economicsComplete(),
					s != null && s.impactsComplete(), s);
		}
	}

	/** The types in rank order then the unranked ones, and strategies whose type was removed from the typology. */
	record Overview(List<TypeView> types, List<Drafted.Strategy> orphaned) {
	}

	// --- Types and their strategies

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/types")
	@Access.WorkspaceMember
	@Operation(summary = "Every sector type with its strategy, ranked types first in rank order; strategies of removed types as orphaned")
	Overview types(@PathVariable long workspaceId, Locale locale) {
		Drafted d = draft.draft(workspaceId, locale);
		return new Overview(d.types().stream().map(TypeView::of).toList(), d.orphaned());
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}")
	@Access.WorkspaceMember
	@Operation(summary = "One sector type with its strategy and chosen instruments (strategy null while none is recorded)")
	TypeView type(@PathVariable long workspaceId, @PathVariable long typeId, Locale locale) {
		return draft.draft(workspaceId, locale)
			.type(typeId)
			.map(TypeView::of)
			.orElseThrow(() -> new RecordNotFoundException("SectorType", typeId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}")
	@Access.Secretariat
	@Operation(summary = "Record a type's strategy: the first write creates it (repeat-safe with Idempotency-Key, no version), later ones send the version read. Not acting or closing needs decisionReason; each yes/no of the economics approach its rationale")
	ResponseEntity<TypeView> save(@PathVariable long workspaceId, @PathVariable long typeId, @Valid @RequestBody StrategyForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
		form.setToken(key);
		boolean created = strategies.save(workspaceId, typeId, form);
		TypeView view = type(workspaceId, typeId, locale);
		return created ? ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/strategy/types/" + typeId)).body(view)
				: ResponseEntity.ok(view);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}")
	@Access.Secretariat
	@Operation(summary = "Remove a type's strategy with its chosen instruments (also for a strategy whose type was removed)")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long typeId) {
		strategies.remove(workspaceId, strategies.ofType(workspaceId, typeId).getId());
		return ResponseEntity.noContent().build();
	}

	// --- Chosen instruments

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}/instruments")
	@Access.WorkspaceMember
	@Operation(summary = "The instruments chosen in a type's strategy")
	List<Drafted.Chosen> chosen(@PathVariable long workspaceId, @PathVariable long typeId, Locale locale) {
		long strategyId = strategies.ofType(workspaceId, typeId).getId();
		return strategyOf(workspaceId, strategyId, locale).instruments();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}/instruments")
	@Access.Secretariat
	@Operation(summary = "Choose an instrument for a type's strategy: techniques away from (graded unacceptable or poor) and towards (graded good), issues, goals, lead agency, estimated cost, stakeholder inputs, target; repeat-safe with Idempotency-Key")
	ResponseEntity<Drafted.Chosen> choose(@PathVariable long workspaceId, @PathVariable long typeId,
			@Valid @RequestBody ChosenInstrumentForm form, @RequestHeader(name = "Idempotency-Key", required = false) String key,
			Locale locale) {
		form.setToken(key);
		long strategyId = strategies.ofType(workspaceId, typeId).getId();
		long id = strategies.choose(workspaceId, strategyId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/strategy/types/" + typeId + "/instruments/" + id))
			.body(chosenView(workspaceId, typeId, id, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/{chosenId}")
	@Access.WorkspaceMember
	@Operation(summary = "One instrument chosen in a type's strategy")
	Drafted.Chosen chosenView(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long chosenId, Locale locale) {
		ChosenInstrument c = strategies.chosenOfType(workspaceId, typeId, chosenId);
		return strategyOf(workspaceId, c.getTypeStrategy().getId(), locale).instruments()
			.stream()
			.filter(x -> x.id() == chosenId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("ChosenInstrument", chosenId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/{chosenId}")
	@Access.Secretariat
	@Operation(summary = "Change a chosen instrument; send the version you read")
	Drafted.Chosen editChosen(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long chosenId,
			@Valid @RequestBody ChosenInstrumentForm form, Locale locale) {
		strategies.chosenOfType(workspaceId, typeId, chosenId);
		strategies.editChosen(workspaceId, chosenId, form);
		return chosenView(workspaceId, typeId, chosenId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/strategy/types/{typeId}/instruments/{chosenId}")
	@Access.Secretariat
	@Operation(summary = "Remove an instrument from a type's strategy")
	ResponseEntity<Void> removeChosen(@PathVariable long workspaceId, @PathVariable long typeId, @PathVariable long chosenId) {
		strategies.chosenOfType(workspaceId, typeId, chosenId);
		strategies.removeChosen(workspaceId, chosenId);
		return ResponseEntity.noContent().build();
	}

	private Drafted.Strategy strategyOf(long workspaceId, long strategyId, Locale locale) {
		Drafted d = draft.draft(workspaceId, locale);
		return java.util.stream.Stream.concat(d.types().stream().map(Drafted.TypeDraft::strategy), d.orphaned().stream())
			.filter(s -> s != null && s.id() == strategyId)
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("TypeStrategy", strategyId));
	}

	// --- Instruments

	/** An instrument with its version, for edits of the government's own. */
	record InstrumentView(Drafted.InstrumentFacts instrument, long version) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/instruments")
	@Access.WorkspaceMember
	@Operation(summary = "The instrument catalogue (code set; names in the request's language) and the government's own (code null)")
	List<InstrumentView> instruments(@PathVariable long workspaceId, Locale locale) {
		return instruments.instruments(workspaceId).stream().map(i -> new InstrumentView(texts.facts(i, locale), i.getVersion())).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/strategy/instruments")
	@Access.Secretariat
	@Operation(summary = "Add an instrument of the government's own: name, description, mode, stages, issues, transboundary; repeat-safe with Idempotency-Key")
	ResponseEntity<InstrumentView> addInstrument(@PathVariable long workspaceId, @Valid @RequestBody InstrumentForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Locale locale) {
		form.setToken(key);
		long id = instruments.add(workspaceId, form, locale);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/strategy/instruments/" + id))
			.body(instrument(workspaceId, id, locale));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/strategy/instruments/{instrumentId}")
	@Access.WorkspaceMember
	@Operation(summary = "One instrument")
	InstrumentView instrument(@PathVariable long workspaceId, @PathVariable long instrumentId, Locale locale) {
		Instrument i = instruments.instrument(workspaceId, instrumentId);
		return new InstrumentView(texts.facts(i, locale), i.getVersion());
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/strategy/instruments/{instrumentId}")
	@Access.Secretariat
	@Operation(summary = "Change one of the government's own instruments (catalogue entries stay as shipped); send the version you read")
	InstrumentView editInstrument(@PathVariable long workspaceId, @PathVariable long instrumentId, @Valid @RequestBody InstrumentForm form,
			Locale locale) {
		instruments.edit(workspaceId, instrumentId, form, locale);
		return instrument(workspaceId, instrumentId, locale);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/strategy/instruments/{instrumentId}")
	@Access.Secretariat
	@Operation(summary = "Remove one of the government's own instruments that no type's strategy uses")
	ResponseEntity<Void> removeInstrument(@PathVariable long workspaceId, @PathVariable long instrumentId, Locale locale) {
		instruments.remove(workspaceId, instrumentId, locale);
		return ResponseEntity.noContent().build();
	}
}
