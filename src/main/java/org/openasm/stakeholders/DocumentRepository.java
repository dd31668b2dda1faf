package org.openasm.stakeholders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<MeetingDocument, Long> {

	List<MeetingDocument> findByMeetingOrderByFileName(Meeting meeting);

	Optional<MeetingDocument> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<MeetingDocument> findByMeetingAndSha256(Meeting meeting, String sha256);

	boolean existsByMeeting(Meeting meeting);
}
