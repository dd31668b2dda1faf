package org.openasm.stakeholders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByWorkspaceIdOrderByHeldOnDesc(Long workspaceId);

	Optional<Meeting> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
