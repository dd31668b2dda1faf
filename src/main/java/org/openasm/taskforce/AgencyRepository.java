package org.openasm.taskforce;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyRepository extends JpaRepository<Agency, Long> {

	List<Agency> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<Agency> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceIdAndNameIgnoreCase(Long workspaceId, String name);
}
