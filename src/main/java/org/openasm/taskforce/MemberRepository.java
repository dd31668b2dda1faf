package org.openasm.taskforce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<TaskForceMember, Long> {

	List<TaskForceMember> findByWorkspaceIdOrderByRoleAscFullNameAsc(Long workspaceId);

	Optional<TaskForceMember> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByAgency(Agency agency);

	@org.springframework.data.jpa.repository.Query("select distinct m.agency.id from TaskForceMember m where m.workspaceId = :workspaceId")
	List<Long> representedAgencyIds(@org.springframework.data.repository.query.Param("workspaceId") Long workspaceId);
}
