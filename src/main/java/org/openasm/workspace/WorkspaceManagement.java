package org.openasm.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace module's façade: creating, describing and finding workspaces. */
@Service
public class WorkspaceManagement {

	private final WorkspaceRepository workspaces;

	private final ApplicationEventPublisher events;

	private final SubmissionGuard guard;

	WorkspaceManagement(WorkspaceRepository workspaces, ApplicationEventPublisher events, SubmissionGuard guard) {
		this.workspaces = workspaces;
		this.events = events;
		this.guard = guard;
	}

	/**
	 * Creates a workspace and lets every module seed it, in one transaction: either the workspace and
	 * all its reference data exist, or nothing does.
	 */
	@Transactional
	public long create(WorkspaceForm form, boolean demo) {
		String ref = guard.once(form.getToken(), "workspace", Arrays.asList(form.getName(), form.getLevel(), form.getCountryCode(),
				form.getLanguages(), form.getCurrency()), () -> {
			checkCodes(form);
			if (workspaces.existsByNameIgnoreCase(form.getName().strip())) {
				throw new DomainRuleViolation("name", "workspace.name.taken", form.getName().strip());
			}
			Workspace workspace = workspaces.save(new Workspace(form.getName(), form.getLevel(), form.getCountryCode(),
					form.getLanguages(), form.getCurrency(), demo));
			events.publishEvent(new WorkspaceCreated(workspace.getId(), demo));
			return workspace.getId().toString();
		});
		return Long.parseLong(ref);
	}

	@Transactional
	public void describe(long id, WorkspaceForm form) {
		Workspace workspace = entity(id);
		workspace.checkVersion(form.getVersion());
		checkCodes(form);
		if (workspaces.existsByNameIgnoreCaseAndIdNot(form.getName().strip(), id)) {
			throw new DomainRuleViolation("name", "workspace.name.taken", form.getName().strip());
		}
		workspace.describe(form.getName(), form.getLevel(), form.getCountryCode(), form.getLanguages(), form.getCurrency());
		workspaces.flush();
	}

	private static void checkCodes(WorkspaceForm form) {
		if (!IsoCodes.isCountry(form.getCountryCode())) {
			throw new DomainRuleViolation("countryCode", "workspace.countryCode.unknown", form.getCountryCode().strip());
		}
		if (!IsoCodes.isCurrency(form.getCurrency())) {
			throw new DomainRuleViolation("currency", "workspace.currency.unknown", form.getCurrency().strip());
		}
	}

	@Transactional(readOnly = true)
	public Optional<WorkspaceInfo> find(long id) {
		return workspaces.findById(id).map(Workspace::info);
	}

	@Transactional(readOnly = true)
	public WorkspaceInfo get(long id) {
		return find(id).orElseThrow(() -> new RecordNotFoundException("Workspace", id));
	}

	@Transactional(readOnly = true)
	public List<WorkspaceInfo> all() {
		return workspaces.findAllByOrderByName().stream().map(Workspace::info).toList();
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return workspaces.count() == 0;
	}

	@Transactional(readOnly = true)
	Workspace entity(long id) {
		return workspaces.findById(id).orElseThrow(() -> new RecordNotFoundException("Workspace", id));
	}
}
