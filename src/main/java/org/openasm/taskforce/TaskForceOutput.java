package org.openasm.taskforce;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openasm.documents.Block;
import org.openasm.workspace.Output;
import org.openasm.workspace.OutputContent;
import org.openasm.workspace.OutputProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The output "ASM Task Force": terms of reference, membership by agency, resources and sponsor. Contact
 * details stay out: the document is meant to be shared. Its version counts the changes made to the
 * task-force records, so two copies with the same version say the same thing.
 */
@Component
class TaskForceOutput implements OutputProvider {

	private final TaskForceManagement taskForce;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	TaskForceOutput(TaskForceManagement taskForce, MessageSource messages, JdbcTemplate jdbc) {
		this.taskForce = taskForce;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public Output output() {
		return Output.TASK_FORCE;
	}

	@Override
	public OutputContent content(long workspaceId, Locale locale) {
		TaskForce tf = taskForce.taskForce(workspaceId);
		List<TaskForceMember> members = taskForce.members(workspaceId);
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Heading(1, text(locale, "output.tf.mandate")));
		blocks.add(new Block.KeyValues(List.of(
				Map.entry(text(locale, "mandate.approvingAuthority"), orDash(tf.getApprovingAuthority())),
				Map.entry(text(locale, "mandate.approvalDate"), tf.getApprovalDate() == null ? text(locale, "output.tf.notApproved")
						: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(tf.getApprovalDate())))));
		blocks.add(new Block.Heading(2, text(locale, "mandate.termsOfReference")));
		blocks.add(new Block.Paragraph(orDash(tf.getTermsOfReference())));

		blocks.add(new Block.Heading(1, text(locale, "output.tf.membership")));
		Map<String, List<List<String>>> byAgency = new LinkedHashMap<>();
		members.stream()
			.sorted((a, b) -> a.getAgency().getName().compareToIgnoreCase(b.getAgency().getName()))
			.forEach(m -> byAgency.computeIfAbsent(m.getAgency().getName(), k -> new ArrayList<>())
				.add(List.of(m.getFullName(), text(locale, "memberRole." + m.getRole()), m.getPosition() == null ? "" : m.getPosition())));
		if (byAgency.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "output.tf.noMembers")));
		}
		byAgency.forEach((agency, rows) -> {
			blocks.add(new Block.Heading(2, agency));
			blocks.add(new Block.Table(List.of(text(locale, "member.fullName"), text(locale, "member.role"), text(locale, "member.position")), rows));
		});
		List<String> missing = new ArrayList<>();
		tf.getRequiredKindSet().stream().sorted()
			.filter(kind -> members.stream().noneMatch(m -> m.getAgency().getKind() == kind))
			.forEach(kind -> missing.add(text(locale, "agencyKind." + kind)));
		if (!missing.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "output.tf.notRepresented")));
			blocks.add(new Block.BulletList(missing));
		}

		blocks.add(new Block.Heading(1, text(locale, "output.tf.resources")));
		String budget = tf.getBudgetAmount() == null ? text(locale, "output.tf.noBudget")
				: NumberFormat.getNumberInstance(locale).format(tf.getBudgetAmount()) + " " + tf.getBudgetCurrency();
		blocks.add(new Block.KeyValues(List.of(Map.entry(text(locale, "resources.budget"), budget),
				Map.entry(text(locale, "resources.staff"), tf.getStaffCount() == null ? "—" : tf.getStaffCount().toString()),
				Map.entry(text(locale, "resources.notes"), orDash(tf.getResourceNotes())))));
		blocks.add(new Block.Heading(1, text(locale, "output.tf.sponsor")));
		blocks.add(new Block.KeyValues(List.of(Map.entry(text(locale, "resources.sponsorName"), orDash(tf.getSponsorName())),
				Map.entry(text(locale, "resources.sponsorOffice"), orDash(tf.getSponsorOffice())))));
		return new OutputContent(String.valueOf(changeCount(workspaceId)), blocks);
	}

	private long changeCount(long workspaceId) {
		Long count = jdbc.queryForObject("""
				select (select count(*) from taskforce_aud where workspace_id = ?)
				     + (select count(*) from taskforce_member_aud where workspace_id = ?)
				""", Long.class, workspaceId, workspaceId);
		return count == null ? 0 : count;
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private String text(Locale locale, String key) {
		return messages.getMessage(key, null, locale);
	}
}
