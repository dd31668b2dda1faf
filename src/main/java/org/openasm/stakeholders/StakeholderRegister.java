package org.openasm.stakeholders;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.shared.web.AccessPolicy;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stakeholder map: categories and stakeholders, each change in one transaction under its rules. */
@Service
public class StakeholderRegister {

	private final CategoryRepository categories;

	private final StakeholderRepository stakeholders;

	private final AttendanceRepository attendance;

	private final InputRepository inputs;

	private final AdministrativeAreas areas;

	private final WorkspaceManagement workspaces;

	private final AccessPolicy access;

	private final SubmissionGuard guard;

	private final MessageSource messages;

	StakeholderRegister(CategoryRepository categories, StakeholderRepository stakeholders, AttendanceRepository attendance,
			InputRepository inputs, AdministrativeAreas areas, WorkspaceManagement workspaces, AccessPolicy access,
			SubmissionGuard guard, MessageSource messages) {
		this.categories = categories;
		this.stakeholders = stakeholders;
		this.attendance = attendance;
		this.inputs = inputs;
		this.areas = areas;
		this.workspaces = workspaces;
		this.access = access;
		this.guard = guard;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	List<Category> categories(long workspaceId) {
		return categories.findByWorkspaceIdOrderById(workspaceId);
	}

	/** A category's name in the reader's language. */
	String label(Category category, Locale locale) {
		return category.getLabelKey() == null ? category.getName() : messages.getMessage(category.getLabelKey(), null, locale);
	}

	@Transactional
	long addCategory(long workspaceId, CategoryForm form, Locale locale) {
		return Long.parseLong(guard.once(form.getToken(), "stakeholder-category:" + workspaceId, List.of(form.getName()), () -> {
			workspaces.get(workspaceId);
			String name = form.getName().strip();
			boolean taken = categories(workspaceId).stream().anyMatch(c -> label(c, locale).equalsIgnoreCase(name)
					|| (c.getName() != null && c.getName().equalsIgnoreCase(name)));
			if (taken) {
				throw new DomainRuleViolation("name", "category.name.taken", name);
			}
			return categories.save(Category.custom(workspaceId, name)).getId().toString();
		}));
	}

	@Transactional(readOnly = true)
	List<Stakeholder> stakeholders(long workspaceId) {
		return stakeholders.findByWorkspaceIdOrderByName(workspaceId);
	}

	@Transactional(readOnly = true)
	Stakeholder stakeholder(long workspaceId, long stakeholderId) {
		return stakeholders.findByIdAndWorkspaceId(stakeholderId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("Stakeholder", stakeholderId));
	}

	/** The stakeholder the signed-in user speaks for in this workspace, if any. */
	@Transactional(readOnly = true)
	java.util.Optional<Stakeholder> ofCurrentUser(long workspaceId) {
		return access.currentUsername().flatMap(u -> stakeholders.findByWorkspaceIdAndAccountIgnoreCase(workspaceId, u));
	}

	@Transactional
	long add(long workspaceId, StakeholderForm form) {
		return Long.parseLong(guard.once(form.getToken(), "stakeholder:" + workspaceId, Arrays.asList(form.getName(),
				form.getCategoryId(), form.getAreaId(), form.getInfluence(), form.getInterest(), form.getAccount()), () -> {
			workspaces.get(workspaceId);
			Stakeholder stakeholder = new Stakeholder(workspaceId);
			describe(workspaceId, stakeholder, form);
			return stakeholders.save(stakeholder).getId().toString();
		}));
	}

	@Transactional
	void edit(long workspaceId, long stakeholderId, StakeholderForm form) {
		Stakeholder stakeholder = stakeholder(workspaceId, stakeholderId);
		stakeholder.checkVersion(form.getVersion());
		describe(workspaceId, stakeholder, form);
		stakeholders.flush();
	}

	/** A stakeholder who attended or raised inputs stays: removing it would rewrite the forum's record. */
	@Transactional
	void remove(long workspaceId, long stakeholderId) {
		Stakeholder stakeholder = stakeholder(workspaceId, stakeholderId);
		if (attendance.existsByStakeholder(stakeholder) || inputs.existsByStakeholder(stakeholder)) {
			throw new DomainRuleViolation("stakeholderId", "stakeholder.inUse", stakeholder.getName());
		}
		stakeholders.delete(stakeholder);
	}

	/** Areas a stakeholder can be placed in, in tree order. */
	List<AreaInfo> areas(long workspaceId) {
		return areas.of(workspaceId);
	}

	private void describe(long workspaceId, Stakeholder stakeholder, StakeholderForm form) {
		Category category = categories.findByIdAndWorkspaceId(form.getCategoryId(), workspaceId)
			.orElseThrow(() -> new DomainRuleViolation("categoryId", "stakeholder.category.unknown", String.valueOf(form.getCategoryId())));
		if (form.getAreaId() != null && areas.of(workspaceId).stream().noneMatch(a -> a.id() == form.getAreaId())) {
			throw new DomainRuleViolation("areaId", "stakeholder.area.unknown", String.valueOf(form.getAreaId()));
		}
		String name = form.getName().strip();
		String account = Stakeholder.blankToNull(form.getAccount());
		for (Stakeholder other : stakeholders(workspaceId)) {
			if (other.getId().equals(stakeholder.getId())) {
				continue;
			}
			if (other.getName().equalsIgnoreCase(name)) {
				throw new DomainRuleViolation("name", "stakeholder.name.taken", name);
			}
			if (account != null && account.equalsIgnoreCase(other.getAccount())) {
				throw new DomainRuleViolation("account", "stakeholder.account.taken", account, other.getName());
			}
		}
		if (account != null && !access.holds(workspaceId, account, "STAKEHOLDER")) {
			throw new DomainRuleViolation("account", "stakeholder.account.noRole", account);
		}
		stakeholder.describe(form, category);
	}
}
