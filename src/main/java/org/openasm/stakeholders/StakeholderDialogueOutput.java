package org.openasm.stakeholders;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openasm.documents.Block;
import org.openasm.workspace.Output;
import org.openasm.workspace.OutputContent;
import org.openasm.workspace.OutputProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The output “Platform, plan and process for stakeholder dialogue”: the forum and its terms of
 * reference, membership by category, the influence/interest map, how the forum measures up, the
 * meeting calendar with attendance and gender balance, and the record of inputs and responses.
 * Contact details and the names of individual attendees stay out: the document is meant to be shared.
 * Its version counts the changes made to the forum's records.
 */
@Component
class StakeholderDialogueOutput implements OutputProvider {

	private final ForumManagement forum;

	private final StakeholderRegister register;

	private final Consultation consultation;

	private final ForumMeasures measures;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	StakeholderDialogueOutput(ForumManagement forum, StakeholderRegister register, Consultation consultation, ForumMeasures measures,
			MessageSource messages, JdbcTemplate jdbc) {
		this.forum = forum;
		this.register = register;
		this.consultation = consultation;
		this.measures = measures;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@Override
	public Output output() {
		return Output.STAKEHOLDER_DIALOGUE;
	}

	@Override
	public OutputContent content(long workspaceId, Locale locale) {
		Forum f = forum.forum(workspaceId);
		List<Stakeholder> stakeholders = register.stakeholders(workspaceId);
		Map<Long, String> categoryNames = register.categories(workspaceId)
			.stream()
			.collect(Collectors.toMap(Category::getId, c -> register.label(c, locale), (a, b) -> a, LinkedHashMap::new));
		ForumQuality quality = measures.quality(workspaceId);
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		List<Block> blocks = new ArrayList<>();

		blocks.add(new Block.Heading(1, text(locale, "output.sd.forum")));
		blocks.add(new Block.KeyValues(List.of(Map.entry(text(locale, "forum.name"), orDash(f.getName())),
				Map.entry(text(locale, "forum.chair"), orDash(f.getChair())),
				Map.entry(text(locale, "forum.frequency"), f.getFrequency() == null ? text(locale, "forum.frequency.none")
						: text(locale, "meetingFrequency." + f.getFrequency())),
				Map.entry(text(locale, "forum.womenTarget"), f.getWomenTarget() + " %"))));
		blocks.add(new Block.Heading(2, text(locale, "output.sd.terms")));
		blocks.add(new Block.Paragraph(orDash(f.getTermsOfReference())));

		blocks.add(new Block.Heading(1, text(locale, "output.sd.membership")));
		List<Stakeholder> members = stakeholders.stream().filter(Stakeholder::isForumMember).toList();
		if (members.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "output.sd.noMembers")));
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			categoryNames.forEach((id, name) -> {
				List<String> names = members.stream().filter(s -> s.getCategory().getId().equals(id)).map(Stakeholder::getName).toList();
				if (!names.isEmpty()) {
					rows.add(List.of(name, String.valueOf(names.size()), String.join("; ", names)));
				}
			});
			blocks.add(new Block.Table(List.of(text(locale, "stakeholder.category"), "#", text(locale, "forum.members")), rows));
		}

		blocks.add(new Block.Heading(1, text(locale, "output.sd.map")));
		List<List<String>> quadrantRows = new ArrayList<>();
		StakeholderPages.quadrants(stakeholders).forEach((quadrant, in) -> quadrantRows.add(List.of(
				text(locale, "gridQuadrant." + quadrant), in.stream().map(s -> s.getName() + " (" + s.getInfluence() + "/" + s.getInterest() + ")")
					.collect(Collectors.joining("; ")))));
		blocks.add(new Block.Table(List.of(text(locale, "stakeholders.grid"), text(locale, "stakeholders.title")), quadrantRows));
		List<String> gridHeader = new ArrayList<>(List.of(text(locale, "stakeholders.grid.influence") + " \\ " + text(locale, "stakeholders.grid.interest")));
		for (int i = 1; i <= 5; i++) {
			gridHeader.add(String.valueOf(i));
		}
		List<List<String>> gridRows = new ArrayList<>();
		for (List<StakeholderPages.GridCell> row : StakeholderPages.grid(stakeholders)) {
			List<String> cells = new ArrayList<>(List.of(String.valueOf(row.get(0).influence())));
			row.forEach(cell -> cells.add(cell.stakeholders().stream().map(Stakeholder::getName).collect(Collectors.joining("; "))));
			gridRows.add(cells);
		}
		blocks.add(new Block.Table(gridHeader, gridRows));

		blocks.add(new Block.Heading(1, text(locale, "output.sd.quality")));
		blocks.add(new Block.KeyValues(qualities(quality, locale, dates)));

		blocks.add(new Block.Heading(1, text(locale, "output.sd.calendar")));
		List<Meeting> meetings = new ArrayList<>(forum.meetings(workspaceId));
		java.util.Collections.reverse(meetings);
		if (meetings.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "output.sd.noMeetings")));
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			for (Meeting m : meetings) {
				ForumQuality.MeetingMeasure mm = quality.of(m.getId());
				rows.add(List.of(dates.format(m.getHeldOn()) + (mm == null ? " (" + text(locale, "meetings.planned") + ")" : ""), m.getPlace(),
						mm == null ? "—" : String.valueOf(mm.women().whole()),
						mm == null || mm.women().whole() == 0 ? "—" : mm.women().part() + " (" + mm.women().percent() + " %)",
						mm == null ? "—" : voices(mm.absent(), locale),
						m.isMinutesPublished() ? text(locale, "output.sd.published", dates.format(m.getMinutesPublishedOn()))
								: text(locale, "output.sd.notPublished")));
			}
			blocks.add(new Block.Table(List.of(text(locale, "meeting.heldOn"), text(locale, "meeting.place"), text(locale, "output.sd.attendance"),
					text(locale, "output.sd.women"), text(locale, "meeting.absent"), text(locale, "output.sd.minutes")), rows));
		}

		blocks.add(new Block.Heading(1, text(locale, "output.sd.inputs")));
		List<Input> inputs = new ArrayList<>(consultation.inputs(workspaceId));
		java.util.Collections.reverse(inputs);
		if (inputs.isEmpty()) {
			blocks.add(new Block.Paragraph(text(locale, "output.sd.noInputs")));
		}
		else {
			List<List<String>> rows = new ArrayList<>();
			for (Input i : inputs) {
				String informed = consultation.linked(i).map(l -> l.type() + " — " + l.label()).orElse("—");
				rows.add(List.of(dates.format(i.getRaisedOn()), i.getStakeholder().getName(),
						i.isWritten() ? text(locale, "input.channel.written") : text(locale, "input.channel.meeting", dates.format(i.getMeeting().getHeldOn())),
						i.getTopic(), i.isAnswered() ? text(locale, "decision." + i.getDecision()) : text(locale, "input.unanswered"),
						i.getRespondedOn() == null ? "—" : dates.format(i.getRespondedOn()), orDash(i.getReason()), informed));
			}
			blocks.add(new Block.Table(List.of(text(locale, "input.raisedOn"), text(locale, "input.stakeholder"), text(locale, "input.channel"),
					text(locale, "input.topic"), text(locale, "response.decision"), text(locale, "response.respondedOn"),
					text(locale, "response.reason"), text(locale, "output.sd.informed")), rows));
		}
		return new OutputContent(String.valueOf(changeCount(workspaceId)), blocks);
	}

	private List<Map.Entry<String, String>> qualities(ForumQuality q, Locale locale, DateTimeFormatter dates) {
		String inclusive = text(locale, "forum.quality.inclusive.members", q.members().represented().size()) + " "
				+ (q.members().absent().isEmpty() ? text(locale, "forum.quality.inclusive.ok")
						: text(locale, "forum.quality.inclusive.absent", voices(q.members().absent(), locale)));
		String regular;
		if (q.frequency() == null) {
			regular = text(locale, "forum.quality.regular.unknown");
		}
		else if (q.gapsLastYear().isEmpty()) {
			regular = text(locale, "forum.quality.regular.none");
		}
		else {
			regular = q.gapsLastYear().stream().map(g -> g.open()
					? text(locale, "forum.quality.regular.open", dates.format(g.from()), dates.format(g.due()))
					: text(locale, "forum.quality.regular.gap", dates.format(g.from()), dates.format(g.to()), dates.format(g.due())))
				.collect(Collectors.joining("\n"));
		}
		Responsiveness r = q.responsiveness();
		String conflict = text(locale, "forum.quality.conflict.value", q.conflict().flagged(), q.conflict().disputePartiesInForum().part(),
				q.conflict().disputePartiesInForum().whole())
				+ (q.conflict().flaggedWithoutNotes() > 0 ? " " + text(locale, "forum.quality.conflict.silent", q.conflict().flaggedWithoutNotes()) : "");
		return List.of(Map.entry(text(locale, "forum.quality.inclusive"), inclusive),
				Map.entry(text(locale, "forum.quality.transparent"), text(locale, "forum.quality.transparent.value",
						q.minutesPublished().part(), q.minutesPublished().whole(), q.minutesPublished().percent())),
				Map.entry(text(locale, "forum.quality.gender"), text(locale, "forum.quality.gender.value", q.womenLastYear().percent(),
						q.womenLastYear().part(), q.womenLastYear().whole(), q.womenTarget())),
				Map.entry(text(locale, "forum.quality.conflict"), conflict),
				Map.entry(text(locale, "forum.quality.regular"), regular),
				Map.entry(text(locale, "forum.quality.informs"), text(locale, "forum.quality.informs.value", r.answered().part(),
						r.answered().whole(), r.answered().percent(), r.medianDays() == null ? "—" : r.medianDays(),
						r.changedSomething().part(), r.changedSomething().percent())));
	}

	private String voices(java.util.Set<StandardCategory.EssentialVoice> absent, Locale locale) {
		return absent.isEmpty() ? "—" : absent.stream().map(v -> text(locale, "essentialVoice." + v)).collect(Collectors.joining(", "));
	}

	private long changeCount(long workspaceId) {
		Long count = jdbc.queryForObject("""
				select (select count(*) from stakeholders_forum_aud where workspace_id = ?)
				     + (select count(*) from stakeholders_stakeholder_aud where workspace_id = ?)
				     + (select count(*) from stakeholders_meeting_aud where workspace_id = ?)
				     + (select count(*) from stakeholders_attendance_aud where workspace_id = ?)
				     + (select count(*) from stakeholders_input_aud where workspace_id = ?)
				""", Long.class, workspaceId, workspaceId, workspaceId, workspaceId, workspaceId);
		return count == null ? 0 : count;
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "—" : value;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
