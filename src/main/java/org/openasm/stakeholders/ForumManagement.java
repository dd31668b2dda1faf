package org.openasm.stakeholders;

import java.io.Reader;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.RecordNotFoundException;
import org.openasm.shared.SubmissionGuard;
import org.openasm.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forum, its meetings, who attended and the files attached; each change in one transaction. */
@Service
public class ForumManagement {

	/** Meetings are recorded from this date on; an earlier one is a typing slip. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** Meetings may be planned up to two years ahead. */
	static final int PLAN_AHEAD_YEARS = 2;

	private final ForumRepository forums;

	private final MeetingRepository meetings;

	private final AttendanceRepository attendance;

	private final DocumentRepository documents;

	private final InputRepository inputs;

	private final StakeholderRegister register;

	private final WorkspaceManagement workspaces;

	private final SubmissionGuard guard;

	private final Clock clock;

	ForumManagement(ForumRepository forums, MeetingRepository meetings, AttendanceRepository attendance, DocumentRepository documents,
			InputRepository inputs, StakeholderRegister register, WorkspaceManagement workspaces, SubmissionGuard guard, Clock clock) {
		this.forums = forums;
		this.meetings = meetings;
		this.attendance = attendance;
		this.documents = documents;
		this.inputs = inputs;
		this.register = register;
		this.workspaces = workspaces;
		this.guard = guard;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	Forum forum(long workspaceId) {
		return forums.findByWorkspaceId(workspaceId).orElseThrow(() -> new RecordNotFoundException("Forum", workspaceId));
	}

	@Transactional
	void setForum(long workspaceId, ForumForm form) {
		Forum forum = forum(workspaceId);
		forum.checkVersion(form.getVersion());
		forum.describe(form);
		forums.flush();
	}

	@Transactional(readOnly = true)
	List<Meeting> meetings(long workspaceId) {
		return meetings.findByWorkspaceIdOrderByHeldOnDesc(workspaceId);
	}

	@Transactional(readOnly = true)
	Meeting meeting(long workspaceId, long meetingId) {
		return meetings.findByIdAndWorkspaceId(meetingId, workspaceId).orElseThrow(() -> new RecordNotFoundException("Meeting", meetingId));
	}

	@Transactional
	long addMeeting(long workspaceId, MeetingForm form) {
		return Long.parseLong(guard.once(form.getToken(), "meeting:" + workspaceId,
				Arrays.asList(form.getHeldOn(), form.getPlace(), form.getAgenda()), () -> {
					workspaces.get(workspaceId);
					checkDate(form.getHeldOn());
					Meeting meeting = new Meeting(workspaceId);
					meeting.describe(form);
					return meetings.save(meeting).getId().toString();
				}));
	}

	@Transactional
	void editMeeting(long workspaceId, long meetingId, MeetingForm form) {
		Meeting meeting = meeting(workspaceId, meetingId);
		meeting.checkVersion(form.getVersion());
		checkDate(form.getHeldOn());
		if (form.getHeldOn().isAfter(today()) && attendance.existsByMeeting(meeting)) {
			throw new DomainRuleViolation("heldOn", "meeting.heldOn.attended");
		}
		if (form.getHeldOn().isAfter(today()) && meeting.isMinutesPublished()) {
			throw new DomainRuleViolation("heldOn", "meeting.heldOn.published");
		}
		if (meeting.isMinutesPublished() && Stakeholder.blankToNull(form.getMinutes()) == null) {
			throw new DomainRuleViolation("minutes", "meeting.minutes.published");
		}
		meeting.describe(form);
		meetings.flush();
	}

	/** A meeting with attendance, inputs or files stays: its record is part of the forum's history. */
	@Transactional
	void removeMeeting(long workspaceId, long meetingId) {
		Meeting meeting = meeting(workspaceId, meetingId);
		if (attendance.existsByMeeting(meeting) || inputs.existsByMeeting(meeting) || documents.existsByMeeting(meeting)) {
			throw new DomainRuleViolation("meetingId", "meeting.inUse");
		}
		meetings.delete(meeting);
	}

	/** Publishing makes the minutes readable by the forum's stakeholders; it happens once. */
	@Transactional
	void publishMinutes(long workspaceId, long meetingId) {
		Meeting meeting = meeting(workspaceId, meetingId);
		if (meeting.isMinutesPublished()) {
			return;
		}
		if (meeting.getHeldOn().isAfter(today())) {
			throw new DomainRuleViolation("minutes", "meeting.publish.notHeld");
		}
		if (meeting.getMinutes() == null) {
			throw new DomainRuleViolation("minutes", "meeting.publish.noMinutes");
		}
		meeting.publishMinutes(today());
		meetings.flush();
	}

	private void checkDate(LocalDate heldOn) {
		if (heldOn.isBefore(EARLIEST)) {
			throw new DomainRuleViolation("heldOn", "meeting.heldOn.early", EARLIEST.toString());
		}
		if (heldOn.isAfter(today().plusYears(PLAN_AHEAD_YEARS))) {
			throw new DomainRuleViolation("heldOn", "meeting.heldOn.late", PLAN_AHEAD_YEARS);
		}
	}

	@Transactional(readOnly = true)
	List<Attendance> attendance(long workspaceId, long meetingId) {
		return attendance.findByMeetingOrderByPersonName(meeting(workspaceId, meetingId));
	}

	@Transactional(readOnly = true)
	List<Attendance> allAttendance(long workspaceId) {
		return attendance.findByWorkspaceId(workspaceId);
	}

	@Transactional
	long addAttendee(long workspaceId, long meetingId, AttendanceForm form) {
		return Long.parseLong(guard.once(form.getToken(), "attendee:" + meetingId,
				Arrays.asList(form.getPersonName(), form.getStakeholderId(), form.getGender()), () -> {
					Meeting meeting = attendedMeeting(workspaceId, meetingId);
					String name = form.getPersonName().strip();
					if (attendance.existsByMeetingAndPersonNameIgnoreCase(meeting, name)) {
						throw new DomainRuleViolation("personName", "attendance.person.listed", name);
					}
					Stakeholder stakeholder = null;
					if (form.getStakeholderId() != null) {
						try {
							stakeholder = register.stakeholder(workspaceId, form.getStakeholderId());
						}
						catch (RecordNotFoundException ex) {
							throw new DomainRuleViolation("stakeholderId", "attendance.stakeholder.unknown", String.valueOf(form.getStakeholderId()));
						}
					}
					return attendance.save(new Attendance(meeting, name, stakeholder, form.getGender())).getId().toString();
				}));
	}

	/** Adds every row of the CSV list or, if any row is wrong, none; returns how many were added. */
	@Transactional
	int importAttendance(long workspaceId, long meetingId, Reader csv) {
		Meeting meeting = attendedMeeting(workspaceId, meetingId);
		List<Stakeholder> known = register.stakeholders(workspaceId);
		Set<String> listed = attendance.findByMeetingOrderByPersonName(meeting)
			.stream()
			.map(a -> a.getPersonName().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<AttendanceImport.Row> rows = AttendanceImport.read(csv,
				name -> known.stream().filter(s -> s.getName().equalsIgnoreCase(name.strip())).findFirst(), listed);
		rows.forEach(r -> attendance.save(new Attendance(meeting, r.personName(), r.stakeholder(), r.gender())));
		return rows.size();
	}

	@Transactional
	void removeAttendee(long workspaceId, long meetingId, long attendanceId) {
		Meeting meeting = meeting(workspaceId, meetingId);
		attendance.delete(attendance.findByIdAndMeeting(attendanceId, meeting)
			.orElseThrow(() -> new RecordNotFoundException("Attendance", attendanceId)));
	}

	private Meeting attendedMeeting(long workspaceId, long meetingId) {
		Meeting meeting = meeting(workspaceId, meetingId);
		if (meeting.getHeldOn().isAfter(today())) {
			throw new DomainRuleViolation("meetingId", "attendance.meeting.notHeld");
		}
		return meeting;
	}

	@Transactional(readOnly = true)
	List<MeetingDocument> documents(long workspaceId, long meetingId) {
		return documents.findByMeetingOrderByFileName(meeting(workspaceId, meetingId));
	}

	@Transactional(readOnly = true)
	MeetingDocument document(long workspaceId, long documentId) {
		MeetingDocument document = documents.findByIdAndWorkspaceId(documentId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("MeetingDocument", documentId));
		document.content(); // loaded inside the transaction
		return document;
	}

	/** A file of a meeting whose minutes are published; for the portal, any other does not exist. */
	@Transactional(readOnly = true)
	MeetingDocument publishedDocument(long workspaceId, long documentId) {
		MeetingDocument document = document(workspaceId, documentId);
		if (!document.getMeeting().isMinutesPublished()) {
			throw new RecordNotFoundException("MeetingDocument", documentId);
		}
		return document;
	}

	/**
	 * Attaches a file after checking its size and that its bytes are what its name says (a PDF, a Word
	 * document or a PNG/JPEG image). The same file attached twice to a meeting is kept once.
	 */
	@Transactional
	long attach(long workspaceId, long meetingId, String fileName, byte[] content) {
		Meeting meeting = meeting(workspaceId, meetingId);
		String type = DocumentTypes.check(fileName, content);
		String sha = sha256(content);
		return documents.findByMeetingAndSha256(meeting, sha)
			.map(MeetingDocument::getId)
			.orElseGet(() -> documents.save(new MeetingDocument(meeting, DocumentTypes.cleanName(fileName), type, sha, content)).getId());
	}

	@Transactional
	void removeDocument(long workspaceId, long documentId) {
		documents.delete(documents.findByIdAndWorkspaceId(documentId, workspaceId)
			.orElseThrow(() -> new RecordNotFoundException("MeetingDocument", documentId)));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
