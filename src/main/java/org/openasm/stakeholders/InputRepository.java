package org.openasm.stakeholders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InputRepository extends JpaRepository<Input, Long> {

	List<Input> findByWorkspaceIdOrderByRaisedOnDescIdDesc(Long workspaceId);

	List<Input> findByStakeholderOrderByRaisedOnDescIdDesc(Stakeholder stakeholder);

	List<Input> findByMeetingOrderByRaisedOn(Meeting meeting);

	Optional<Input> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByStakeholder(Stakeholder stakeholder);

	boolean existsByMeeting(Meeting meeting);
}
