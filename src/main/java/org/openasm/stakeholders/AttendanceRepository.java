package org.openasm.stakeholders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

	List<Attendance> findByMeetingOrderByPersonName(Meeting meeting);

	List<Attendance> findByWorkspaceId(Long workspaceId);

	Optional<Attendance> findByIdAndMeeting(Long id, Meeting meeting);

	boolean existsByMeetingAndPersonNameIgnoreCase(Meeting meeting, String personName);

	boolean existsByStakeholder(Stakeholder stakeholder);

	boolean existsByMeeting(Meeting meeting);
}
