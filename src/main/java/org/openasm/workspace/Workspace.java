package org.openasm.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.WorkspaceRecord;

/** One jurisdiction running its own ASM strategy cycle. */
@Entity
@Table(name = "workspace")
@Audited
public class Workspace extends AuditedEntity implements WorkspaceRecord {

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private JurisdictionLevel level;

	@Column(name = "country_code", nullable = false, length = 2)
	private String countryCode;

	/** Language codes, comma-separated, in order of preference (e.g. {@code fr,en}). */
	@Column(nullable = false, length = 100)
	private String languages;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(nullable = false)
	private boolean demo;

	protected Workspace() {
	}

	Workspace(String name, JurisdictionLevel level, String countryCode, List<String> languages, String currency, boolean demo) {
		describe(name, level, countryCode, languages, currency);
		this.demo = demo;
	}

	void describe(String name, JurisdictionLevel level, String countryCode, List<String> languages, String currency) {
		this.name = name.strip();
		this.level = level;
		this.countryCode = countryCode.strip().toUpperCase();
		this.languages = String.join(",", languages);
		this.currency = currency.strip().toUpperCase();
	}

	@Override
	public Long getWorkspaceId() {
		return getId();
	}

	public String getName() {
		return name;
	}

	public JurisdictionLevel getLevel() {
		return level;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public List<String> getLanguageList() {
		return Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getCurrency() {
		return currency;
	}

	public boolean isDemo() {
		return demo;
	}

	WorkspaceInfo info() {
		return new WorkspaceInfo(getId(), name, level, countryCode, getLanguageList(), currency);
	}
}
