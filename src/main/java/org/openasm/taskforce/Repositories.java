package org.openasm.taskforce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskForceRepository extends JpaRepository<TaskForce, Long> {

	Optional<TaskForce> findByWorkspaceId(Long workspaceId);
}

interface AgencyRepository extends JpaRepository<Agency, Long> {

	List<Agency> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<Agency> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceIdAndNameIgnoreCase(Long workspaceId, String name);
}

interface MemberRepository extends JpaRepository<TaskForceMember, Long> {

	List<TaskForceMember> findByWorkspaceIdOrderByRoleAscFullNameAsc(Long workspaceId);

	Optional<TaskForceMember> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByAgency(Agency agency);
}
