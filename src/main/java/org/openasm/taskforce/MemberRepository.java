package org.openasm.taskforce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<TaskForceMember, Long> {

	List<TaskForceMember> findByWorkspaceIdOrderByRoleAscFullNameAsc(Long workspaceId);

	Optional<TaskForceMember> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByAgency(Agency agency);
}
