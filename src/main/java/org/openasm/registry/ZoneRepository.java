package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ZoneRepository extends JpaRepository<Zone, Long> {

	Page<Zone> findByWorkspaceIdOrderByNameAscIdAsc(Long workspaceId, Pageable page);

	List<Zone> findByWorkspaceIdOrderByNameAscIdAsc(Long workspaceId);

	Optional<Zone> findByIdAndWorkspaceId(Long id, Long workspaceId);

	boolean existsByWorkspaceIdAndNameIgnoreCaseAndIdNot(Long workspaceId, String name, Long id);

	boolean existsByWorkspaceIdAndNameIgnoreCase(Long workspaceId, String name);

	long countByWorkspaceId(Long workspaceId);
}
