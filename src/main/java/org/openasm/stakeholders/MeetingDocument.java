package org.openasm.stakeholders;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.openasm.shared.AuditedEntity;
import org.openasm.shared.HistoryLabel;
import org.openasm.shared.WorkspaceRecord;

/**
 * A file attached to a meeting (PDF, DOCX or image), kept in the database so that several instances
 * serve the same files. The history records its name, type, size and checksum, not its bytes.
 */
@Entity
@Table(name = "stakeholders_document")
@Audited
class MeetingDocument extends AuditedEntity implements WorkspaceRecord, HistoryLabel {

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "meeting_id", nullable = false)
	private Meeting meeting;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64)
	private String sha256;

	@NotAudited
	@Basic(fetch = FetchType.LAZY)
	@JdbcTypeCode(SqlTypes.VARBINARY)
	@Column(nullable = false)
	private byte[] content;

	protected MeetingDocument() {
	}

	MeetingDocument(Meeting meeting, String fileName, String contentType, String sha256, byte[] content) {
		this.workspaceId = meeting.getWorkspaceId();
		this.meeting = meeting;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sha256 = sha256;
		this.sizeBytes = content.length;
		this.content = content;
	}

	@Override
	public Long getWorkspaceId() {
		return workspaceId;
	}

	@Override
	public String historyLabel() {
		return fileName;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public String getFileName() {
		return fileName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}

	public String getSha256() {
		return sha256;
	}

	byte[] content() {
		return content;
	}
}
