package org.openasm.strategy;

import org.openasm.shared.DomainRuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The border distance of the transboundary rule, per workspace: {@value StrategySettings#DEFAULT_BORDER_KM} km until changed. */
@Service
class CoherenceSettings {

	private final StrategySettingsRepository settings;

	CoherenceSettings(StrategySettingsRepository settings) {
		this.settings = settings;
	}

	@Transactional(readOnly = true)
	int borderKm(long workspaceId) {
		return settings.findByWorkspaceId(workspaceId).map(StrategySettings::getBorderDistanceKm).orElse(StrategySettings.DEFAULT_BORDER_KM);
	}

	/** The settings row's version, for the form (null before the first change). */
	@Transactional(readOnly = true)
	Long version(long workspaceId) {
		return settings.findByWorkspaceId(workspaceId).map(StrategySettings::getVersion).orElse(null);
	}

	/**
	 * Sets the border distance, in whole kilometres from 0 to {@value StrategySettings#MAX_BORDER_KM}; an
	 * edit made on an older copy is refused. Setting the value it already has changes nothing.
	 */
	@Transactional
	void setBorderKm(long workspaceId, BorderDistanceForm form) {
		Integer km = form.getBorderDistanceKm();
		if (km == null || km < 0 || km > StrategySettings.MAX_BORDER_KM) {
			throw new DomainRuleViolation("borderDistanceKm", "strategy.settings.border.range", StrategySettings.MAX_BORDER_KM);
		}
		StrategySettings row = settings.findByWorkspaceId(workspaceId).orElse(null);
		if (row == null) {
			if (form.getVersion() != null) {
				throw new DomainRuleViolation("version", "strategy.settings.version.unknown");
			}
			row = new StrategySettings(workspaceId);
		}
		else {
			row.checkVersion(form.getVersion());
		}
		row.borderDistance(km);
		settings.saveAndFlush(row);
	}
}
