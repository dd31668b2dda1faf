package org.openasm.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.typology.SectorTypes;
import org.openasm.typology.TypeFacts;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruments of a workspace: the catalogue, which stays as shipped, and the government's own,
 * which it adds, changes and removes. A name is unique among both (in the reader's language for the
 * catalogue); an instrument chosen in a type's strategy is not removed, and the refusal says where.
 */
@Service
class InstrumentRegister {

	private final InstrumentRepository instruments;

	private final ChosenInstrumentRepository chosen;

	private final InstrumentTexts texts;

	private final SectorTypes sectorTypes;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	InstrumentRegister(InstrumentRepository instruments, ChosenInstrumentRepository chosen,
			InstrumentTexts texts, SectorTypes sectorTypes, WorkspaceManagement workspaces, SubmissionGuard guard) {
		this.instruments = instruments;
		this.chosen = chosen;
		this.texts = texts;
		this.sectorTypes = sectorTypes;
		this.workspaces = workspaces;
		this.guard = guard;
	}

	@Transactional(readOnly = true)
	List<Instrument> instruments(long workspaceId) {
		return instruments.findByWorkspaceIdOrderById(workspaceId);
	}

	@Transactional(readOnly = true)
	Instrument instrument(long workspaceId, long instrumentId) {
		return instruments.findByIdAndWorkspaceId(instrumentId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("StrategyInstrument", instrumentId));
	}

	@Transactional
	long add(long workspaceId, InstrumentForm form, Locale locale) {
		return Long.parseLong(guard.once(form.getToken(), "strategy-instrument:" + workspaceId, Arrays.asList(form.getName(),
				form.getDescription(), form.getMode(), Columns.enums(form.getStages()), Columns.enums(form.getIssues()), form.isTransboundary()),
				() -> {
					workspaces.get(workspaceId);
					Instrument instrument = Instrument.own(workspaceId);
					describe(workspaceId, instrument, form, locale);
					return instruments.saveAndFlush(instrument).getId().toString();
				}));
	}

	@Transactional
	void edit(long workspaceId, long instrumentId, InstrumentForm form, Locale locale) {
		Instrument instrument = instrument(workspaceId, instrumentId);
		instrument.checkVersion(form.getVersion());
		if (instrument.isCatalogued()) {
			throw new DomainRuleViolation("name", "strategy.instrument.catalogued");
		}
		describe(workspaceId, instrument, form, locale);
		instruments.flush();
	}

	/** Removes one of the government's own instruments that no type's strategy uses. */
	@Transactional
	void remove(long workspaceId, long instrumentId, Locale locale) {
		Instrument instrument = instrument(workspaceId, instrumentId);
		if (instrument.isCatalogued()) {
			throw new DomainRuleViolation(null, "strategy.instrument.catalogued.remove", texts.name(instrument, locale));
		}
		List<ChosenInstrument> uses = chosen.findByInstrumentOrderById(instrument);
		if (!uses.isEmpty()) {
			java.util.Map<Long, String> typeNames = sectorTypes.types(workspaceId)
				.stream()
				.collect(Collectors.toMap(TypeFacts::id, TypeFacts::name));
			String where = uses.stream()
				.map(c -> typeNames.getOrDefault(c.getTypeStrategy().getTypeId(), "#" + c.getTypeStrategy().getTypeId()))
				.distinct()
				.sorted()
				.collect(Collectors.joining(", "));
			throw new DomainRuleViolation(null, "strategy.instrument.inUse", instrument.getName(), where);
		}
		instruments.delete(instrument);
	}

	private void describe(long workspaceId, Instrument instrument, InstrumentForm form, Locale locale) {
		String name = form.getName().strip();
		for (Instrument other : instruments(workspaceId)) {
			if (!other.getId().equals(instrument.getId()) && (name.equalsIgnoreCase(texts.name(other, locale))
					|| (other.getName() != null && name.equalsIgnoreCase(other.getName())))) {
				throw new DomainRuleViolation("name", "strategy.instrument.name.taken", name);
			}
		}
		if (form.getStages() == null || form.getStages().isEmpty()) {
			throw new DomainRuleViolation("stages", "strategy.instrument.stages.required");
		}
		instrument.describe(name, form.getDescription(), form.getMode(), form.getStages(), form.getIssues(), form.isTransboundary());
	}
}
