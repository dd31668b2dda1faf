package org.openasm.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByUserId(Long userId);

	List<Membership> findByWorkspaceId(Long workspaceId);

	boolean existsByUserIdAndWorkspaceIdAndRole(Long userId, Long workspaceId, Role role);
}
